// GET /staff/consultations/[id]/analysis/events/[eventId]: coding one event's feedback points to
// themes (issue #8). The officer chooses the open question the points relate to; the system
// suggests themes from its codebook with evidence (the same scoring as comments); the officer
// accepts, rejects or adds. Accepted points are counted apart, as event feedback points.
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { ActionFormGroup, GroupedActionForm } from "@/components/forms/action-form";
import { BoundSelect } from "@/components/forms/bound-fields";
import { BackLink, Button, NotificationBanner } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listOpenQuestions } from "@/lib/services/analysis/free-text/overview";
import { eventCoding } from "@/lib/services/analysis/free-text/event-points";
import { QueueItem } from "../../themes/[questionKey]/review/queue-item";
import { themesPath } from "../../themes/paths";
import { eventPointReviewAction, eventQuestionAction } from "../actions";
import { eventsAnalysisPath } from "../paths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Query = { done?: string; suggested?: string; accepted?: string; rejected?: string; added?: string };
type Props = { params: Promise<{ id: string; eventId: string }>; searchParams: Promise<Query> };

const count = (n: string | undefined, one: string) => `${Number(n ?? 0)} ${Number(n) === 1 ? one : `${one}s`}`;

function doneMessage(q: Query): string | undefined {
  if (q.done === "question") return `Question saved. ${count(q.suggested, "theme suggestion")} made.`;
  if (q.done === "saved")
    return `Saved: ${count(q.accepted, "suggestion")} accepted, ${count(q.rejected, "suggestion")} rejected, ${count(q.added, "theme")} added.`;
  return undefined;
}

export default async function EventCodingPage({ params, searchParams }: Readonly<Props>) {
  const { id, eventId } = await params;
  const staff = await requireStaffForPage(eventsAnalysisPath(id, eventId), "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const [coding, questions] = await Promise.all([eventCoding(staff, c.id, eventId), listOpenQuestions(staff, c.id)]);
  const { event, questionKey, themes, points } = coding;
  const canCode = can(staff.role, "comment.code");
  const done = doneMessage(await searchParams);
  const question = questions.find((q) => q.key === questionKey);
  const themeItems = (themes ?? []).map((t) => ({ value: t.id, text: t.name }));
  const title = `Code event feedback to themes: ${event.title}`;
  const hidden = (
    <>
      <input type="hidden" name="consultationId" value={c.id} />
      <input type="hidden" name="eventId" value={event.id} />
    </>
  );
  const items = points.map((p, i) => (
    <div key={p.answerId}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">{p.heading}</p>
      <QueueItem
        item={p}
        number={i + 1}
        canCode={canCode && themes !== null}
        themes={themeItems}
        noun="Point"
        accepted={p.accepted}
      />
    </div>
  ));
  return (
    <ActionFormGroup
      title={title}
      actions={canCode ? { question: eventQuestionAction, points: eventPointReviewAction } : {}}
    >
      <BackLink href={eventsAnalysisPath(c.id)}>Back to event feedback</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">
        {event.title}, {formatDateTime(event.startsAt)}, {event.place}
      </span>
      <h1 className="govuk-heading-l">Code event feedback to themes</h1>
      <p className="govuk-body">
        These points are event feedback, not individual responses. Points you accept are shown on each theme as event
        feedback points, apart from the comment counts and percentages.
      </p>

      <h2 className="govuk-heading-m">Question</h2>
      {canCode ? (
        <GroupedActionForm name="question">
          {hidden}
          <BoundSelect
            name="questionKey"
            label="Which open question do these points relate to?"
            hint="The points are coded against that question's themes. Changing the question removes the points' earlier themes."
            defaultValue={questionKey ?? ""}
            items={[
              { value: "", text: "Not coded to themes" },
              ...questions.map((q) => ({ value: q.key, text: q.title })),
            ]}
          />
          <Button variant="secondary">Save question</Button>
        </GroupedActionForm>
      ) : (
        <p className="govuk-body">{question ? `Coded against "${question.title}".` : "Not coded to themes."}</p>
      )}
      {question && themes === null && (
        <p className="govuk-body">
          &quot;{question.title}&quot; has no themes yet.{" "}
          <a className="govuk-link" href={themesPath(c.id, question.key)}>
            Add themes to its codebook
          </a>{" "}
          first.
        </p>
      )}

      <h2 className="govuk-heading-m" id="event-points">
        Feedback points
      </h2>
      {points.length === 0 ? (
        <p className="govuk-body">No feedback points are recorded for this event.</p>
      ) : canCode && question && themes !== null ? (
        <GroupedActionForm name="points" fieldIds={{ queue: "event-points" }}>
          {hidden}
          <input type="hidden" name="questionKey" value={question.key} />
          {items}
          <Button>Save decisions</Button>
        </GroupedActionForm>
      ) : (
        items
      )}
    </ActionFormGroup>
  );
}
