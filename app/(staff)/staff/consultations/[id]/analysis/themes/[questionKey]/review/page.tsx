// GET /staff/consultations/[id]/analysis/themes/[questionKey]/review: the review queue (issue #9
// part 4). Comments with open suggestions, "Most useful first" by default (issue #22: those the
// learned model is least sure of, spread across themes) or least confident first, each with its
// evidence, and what the officers' decisions have done so far; one
// form saves a page of accept / reject / add-a-theme decisions, another bulk-accepts a theme's
// suggestions (all, or only the high-confidence ones). Works without JavaScript.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { ActionFormGroup, GroupedActionForm } from "@/components/forms/action-form";
import { BoundRadios, BoundSelect } from "@/components/forms/bound-fields";
import { BackLink, Button, NotificationBanner, Select } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { findOpenQuestion } from "@/lib/services/analysis/free-text/overview";
import { codebookView, reviewQueue } from "@/lib/services/analysis/free-text/review";
import { learningView, type TLearningView } from "@/lib/services/analysis/free-text/learning";
import { ESTIMATE_MIN_REVIEWED } from "@/lib/analysis/text/learning-summary";
import { HIGH_CONFIDENCE } from "@/lib/validation/themes";
import { bulkAcceptAction, reviewThemesAction } from "../../actions";
import { reviewedAnswerPath, themesPath } from "../../paths";
import { QueueItem } from "./queue-item";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Query = {
  order?: string;
  done?: string;
  accepted?: string;
  rejected?: string;
  added?: string;
  rescored?: string;
  appeared?: string;
  withdrawn?: string;
  theme?: string;
};
type Props = { params: Promise<{ id: string; questionKey: string }>; searchParams: Promise<Query> };

const PAGE_SIZE = 20;
const plural = (n: string | undefined, one: string) => `${Number(n ?? 0)} ${Number(n) === 1 ? one : `${one}s`}`;

// Every save re-scores the open suggestions with the officer's decisions (assign.ts), so the
// queue can change under them: say so, and how much moved.
function rescoredMessage(q: Query): string {
  if (q.rescored === undefined) return "";
  const changes = [
    Number(q.appeared) > 0 && `${Number(q.appeared)} new`,
    Number(q.withdrawn) > 0 && `${Number(q.withdrawn)} withdrawn`,
  ].filter(Boolean);
  const were = Number(q.rescored) === 1 ? "was" : "were";
  return ` ${plural(q.rescored, "suggestion")} ${were} re-scored using your decisions${changes.length ? ` (${changes.join(", ")})` : ""}.`;
}

function doneMessage(q: Query): string | undefined {
  if (q.done === "saved")
    return `Saved: ${plural(q.accepted, "suggestion")} accepted, ${plural(q.rejected, "suggestion")} rejected, ${plural(q.added, "theme")} added.${rescoredMessage(q)}`;
  if (q.done === "bulk") return `${plural(q.accepted, "suggestion")} accepted.${rescoredMessage(q)}`;
  return undefined;
}

const ORDERS = [
  { value: "useful", text: "Most useful first" },
  { value: "confidence", text: "Least confident first" },
];

// What the decisions did (issue #22), with the agreement estimated from held-out decisions.
function learningMessage(l: TLearningView): string {
  if (l.decisions === 0)
    return "No decisions yet. Each decision you save teaches the suggestions for the comments nobody has reviewed.";
  const changed = `Your ${plural(String(l.decisions), "decision")} changed ${plural(String(l.changed), "suggestion")}`;
  if (l.agreement === undefined)
    return `${changed}. Review at least ${ESTIMATE_MIN_REVIEWED} comments in full to see the estimated agreement on the rest.`;
  return `${changed}; estimated agreement on the rest: ${Math.round(l.agreement * 100)} %.`;
}

export default async function ReviewQueuePage({ params, searchParams }: Readonly<Props>) {
  const { id, questionKey: rawKey } = await params;
  const questionKey = decodeURIComponent(rawKey);
  const path = `${themesPath(id, questionKey)}/review`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const question = await findOpenQuestion(staff, c.id, questionKey);
  if (!question) notFound();
  const query = await searchParams;
  const codebook = await codebookView(staff, c.id, questionKey);
  if (!codebook) notFound();
  const theme = codebook.codes.some((code) => code.id === query.theme) ? query.theme : undefined;
  const order = query.order === "confidence" ? "confidence" : "useful";
  const learning = await learningView(staff, { consultationId: c.id, questionKey });
  const queue = await reviewQueue(staff, {
    consultationId: c.id,
    questionKey,
    codeId: theme,
    limit: PAGE_SIZE,
    order: order === "useful" ? learning.order : undefined,
  });
  const canCode = can(staff.role, "comment.code");
  const done = doneMessage(query);
  const themeItems = codebook.codes.map((code) => ({ value: code.id, text: code.name }));
  const withSuggestions = codebook.codes.filter((code) => code.suggested > 0);
  const hidden = (
    <>
      <input type="hidden" name="consultationId" value={c.id} />
      <input type="hidden" name="questionKey" value={questionKey} />
    </>
  );
  const items = queue.items.map((item, i) => (
    <QueueItem
      key={item.answerId}
      item={item}
      number={i + 1}
      canCode={canCode}
      themes={themeItems}
      answerHref={(answerId) => reviewedAnswerPath(c.id, questionKey, answerId)}
    />
  ));
  return (
    <ActionFormGroup
      title={`Review suggested themes: ${question.title}`}
      actions={canCode ? { queue: reviewThemesAction, bulk: bulkAcceptAction } : {}}
    >
      <BackLink href={themesPath(c.id, questionKey)}>Back to the codebook</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">{question.title}</span>
      <h1 className="govuk-heading-l">Review suggested themes</h1>
      <p className="govuk-body">
        {queue.total} {queue.total === 1 ? "comment has" : "comments have"} suggestions waiting.{" "}
        {order === "useful"
          ? "The comments whose suggestions the system is least sure of come first, spread across themes."
          : "The least confident come first."}{" "}
        Saving re-scores the rest using your decisions, then the next {PAGE_SIZE} are shown. Comments are shown with
        personal details removed.
      </p>
      <p className="govuk-body" id="decision-summary">
        {learningMessage(learning)}
      </p>
      <form method="get" action={path} noValidate>
        <Select name="order" label="Order" defaultValue={order} items={ORDERS} />
        <Select
          name="theme"
          label="Show suggestions for"
          defaultValue={theme ?? ""}
          items={[{ value: "", text: "All themes" }, ...themeItems]}
        />
        <Button variant="secondary">Show</Button>
      </form>

      {canCode && withSuggestions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Accept a theme&apos;s suggestions together</h2>
          <GroupedActionForm name="bulk">
            {hidden}
            <BoundSelect
              name="codeId"
              label="Theme"
              defaultValue={theme ?? ""}
              items={[
                { value: "", text: "Select a theme" },
                ...withSuggestions.map((code) => ({
                  value: code.id,
                  text: `${code.name} (${code.suggested} waiting)`,
                })),
              ]}
            />
            <BoundRadios
              name="confidence"
              legend="Which suggestions"
              legendClassName="govuk-fieldset__legend--s"
              small
              defaultValue="high"
              items={[
                {
                  value: "high",
                  text: "Only high-confidence suggestions",
                  hint: `The system is at least ${Math.round(HIGH_CONFIDENCE * 100)}% clear of its threshold`,
                },
                { value: "all", text: "All of the theme's suggestions" },
              ]}
            />
            <Button variant="secondary">Accept suggestions</Button>
          </GroupedActionForm>
        </>
      )}

      <h2 className="govuk-heading-m" id="review-queue">
        Comments to review
      </h2>
      {queue.items.length === 0 ? (
        <p className="govuk-body">Nothing is waiting for review{theme ? " for this theme" : ""}.</p>
      ) : canCode ? (
        <GroupedActionForm name="queue" fieldIds={{ queue: "review-queue" }}>
          {hidden}
          {items}
          <Button>Save decisions</Button>
        </GroupedActionForm>
      ) : (
        items
      )}
    </ActionFormGroup>
  );
}
