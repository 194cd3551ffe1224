// GET /staff/consultations/[id]/analysis: the analysis dashboard (issue #9, item 1): submitted
// responses by channel, format, respondent type and day, as SVG charts with table alternatives,
// and online drafts started against submitted (analysis.read: officers, analysts, admins).
import type { Metadata } from "next";
import { BackLink, SummaryList } from "@/components/govuk";
import { BarChart } from "@/components/analysis/bar-chart";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { CHANNEL_LABELS, FORMAT_LABELS, isChannel } from "@/lib/respond/channels";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { analysisDashboard } from "@/lib/services/analysis/dashboard";
import { DrawingsList } from "@/components/analysis/drawings-list";
import { analysisDrawings } from "@/lib/services/analysis/drawings";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("analysis.read", "Analysis");
}
export const dynamic = "force-dynamic";

export default async function AnalysisDashboardPage({ params }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/analysis`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const [d, drawings] = await Promise.all([analysisDashboard(staff, c.id), analysisDrawings(staff, c.id)]);
  const formatLabel = (k: string) => FORMAT_LABELS[k as keyof typeof FORMAT_LABELS] ?? k;
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Analysis</h1>
      <p className="govuk-body">
        A consultation is not a vote and its respondents are not a sample of the public. Figures count submitted
        responses only; withdrawn responses and unfinished drafts are left out.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`${path}/closed`}>
            Closed questions, filters and cross-tabs
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${path}/themes`}>
            Free-text themes, review and &quot;You said, we did&quot;
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${path}/events`}>
            Event feedback
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${path}/organisations`}>
            Organisation responses
          </a>
        </li>
        {can(staff.role, "equality.read") && (
          <li>
            <a className="govuk-link" href={`${path}/equality`}>
              Equality profile
            </a>
          </li>
        )}
      </ul>
      <h2 className="govuk-heading-m">Responses</h2>
      <SummaryList
        rows={[
          { key: "Submitted responses", value: String(d.submitted) },
          { key: "Online responses started", value: String(d.onlineStarted) },
          { key: "Online responses submitted", value: String(d.onlineSubmitted) },
          { key: "Drafts not yet submitted", value: String(d.drafts) },
          { key: "Withdrawn", value: String(d.withdrawn) },
        ]}
      />
      <h2 className="govuk-heading-m">By channel</h2>
      <BarChart
        caption="Submitted responses by channel"
        bars={d.byChannel.map((b) => ({ label: isChannel(b.key) ? CHANNEL_LABELS[b.key] : b.key, value: b.n }))}
      />
      <h2 className="govuk-heading-m">By format</h2>
      <BarChart
        caption="Submitted responses by format"
        bars={d.byFormat.map((b) => ({ label: formatLabel(b.key), value: b.n }))}
      />
      <h2 className="govuk-heading-m">By respondent type</h2>
      <BarChart
        caption="Submitted responses by respondent type"
        bars={d.byRespondentType.map((b) => ({
          label: b.key === "" ? "Not stated" : (d.respondentTypeLabels[b.key] ?? b.key),
          value: b.n,
        }))}
      />
      <h2 className="govuk-heading-m">By day</h2>
      <BarChart
        caption="Submitted responses by day (UK time)"
        layout="columns"
        bars={d.byDay.map((b) => ({ label: b.key, value: b.n }))}
      />
      <DrawingsList
        questions={drawings}
        hrefFor={can(staff.role, "response.read") ? (attachmentId) => `${path}/drawings/${attachmentId}` : undefined}
      />
    </>
  );
}
