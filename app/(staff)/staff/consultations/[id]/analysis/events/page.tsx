// GET /staff/consultations/[id]/analysis/events: feedback from engagement events (issue #8 part 3)
// as analysis sees it: each event's date, place, audience and attendance, its points by heading
// with counts, and the question its points are coded against. Event feedback, not responses.
import type { Metadata } from "next";
import { BackLink, SummaryList, Table } from "@/components/govuk";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listOpenQuestions } from "@/lib/services/analysis/free-text/overview";
import { listEventFeedback } from "@/lib/services/events/event-feedback";
import { eventsAnalysisPath } from "./paths";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("analysis.read", "Event feedback");
}
export const dynamic = "force-dynamic";

export default async function EventFeedbackAnalysisPage({ params }: Readonly<Props>) {
  const { id } = await params;
  const staff = await requireStaffForPage(eventsAnalysisPath(id), "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const [events, questions] = await Promise.all([listEventFeedback(staff, c.id), listOpenQuestions(staff, c.id)]);
  const titleOf = new Map(questions.map((q) => [q.key, q.title]));
  const total = events.reduce((n, e) => n + e.headings.reduce((m, h) => m + h.points.length, 0), 0);
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}/analysis`}>Back to analysis</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Event feedback</h1>
      <p className="govuk-body">
        Points recorded at engagement events are event feedback, not individual responses. They are never counted as
        responses or in response percentages; on the theme pages they are counted separately as event feedback points.
      </p>
      <p className="govuk-body">
        {events.length} {events.length === 1 ? "event" : "events"}, {total} feedback {total === 1 ? "point" : "points"}.
      </p>
      {events.map((e) => {
        const points = e.headings.reduce((n, h) => n + h.points.length, 0);
        return (
          <section key={e.id} className="govuk-!-margin-bottom-8" aria-labelledby={`event-${e.id}`}>
            <h2 className="govuk-heading-m" id={`event-${e.id}`}>
              {e.title}
            </h2>
            <SummaryList
              rows={[
                { key: "Date", value: formatDateTime(e.startsAt) },
                { key: "Place", value: e.place },
                { key: "Audience", value: e.audience ?? "Not recorded" },
                { key: "Number attending", value: e.attendeeCount === null ? "Not recorded" : String(e.attendeeCount) },
                { key: "Facilitator", value: e.facilitator ?? "Not recorded" },
                {
                  key: "Themes",
                  value: e.themeQuestionKey
                    ? `Coded against "${titleOf.get(e.themeQuestionKey) ?? e.themeQuestionKey}"`
                    : "Not coded to themes",
                },
              ]}
            />
            {points === 0 ? (
              <p className="govuk-body">No feedback points recorded yet.</p>
            ) : (
              <>
                <Table
                  caption={`Feedback points by heading at ${e.title}`}
                  captionClassName="govuk-table__caption--s"
                  firstCellIsHeader
                  head={[{ text: "Heading" }, { text: "Points", format: "numeric" }]}
                  rows={e.headings.map((h) => [
                    { text: h.heading },
                    { text: String(h.points.length), format: "numeric" as const },
                  ])}
                />
                {e.headings.map((h) => (
                  <div key={h.heading}>
                    <h3 className="govuk-heading-s">{h.heading}</h3>
                    <ul className="govuk-list govuk-list--bullet">
                      {h.points.map((p) => (
                        <li key={p.id}>{p.text}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            )}
            <p className="govuk-body">
              <a className="govuk-link" href={eventsAnalysisPath(c.id, e.id)}>
                Code the points from {e.title} to themes
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
