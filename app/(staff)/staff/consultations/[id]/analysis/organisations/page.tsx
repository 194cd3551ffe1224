// GET /staff/consultations/[id]/analysis/organisations: responses made on behalf of an
// organisation, listed apart (issue #8 part 4): name, channel, date, whether it agreed to
// publication in full, and a link to the response where staff entered it (analysis.read).
import type { Metadata } from "next";
import { BackLink, Table } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { CHANNEL_LABELS } from "@/lib/respond/channels";
import { formatDate } from "@/lib/text/dates";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listOrganisationResponses } from "@/lib/services/analysis/organisation-list";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("analysis.read", "Organisation responses");
}
export const dynamic = "force-dynamic";

export default async function OrganisationResponsesAnalysisPage({ params }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/analysis/organisations`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const rows = await listOrganisationResponses(staff, c.id);
  const canOpen = can(staff.role, "response.read");
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}/analysis`}>Back to analysis</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Organisation responses</h1>
      <p className="govuk-body">
        Responses made on behalf of an organisation. They are also counted among all responses; to see their answers to
        the closed questions, filter the closed-question results by &quot;Responding as&quot;.
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">No responses were made on behalf of an organisation.</p>
      ) : (
        <Table
          caption={`${rows.length} ${rows.length === 1 ? "organisation response" : "organisation responses"}`}
          captionClassName="govuk-table__caption--m"
          firstCellIsHeader
          head={[
            { text: "Organisation" },
            { text: "Channel" },
            { text: "Received" },
            { text: "Agreed to publication" },
            { text: "Response" },
          ]}
          rows={rows.map((r) => [
            { text: r.organisationName },
            { text: CHANNEL_LABELS[r.channel] },
            { text: r.receivedAt ? formatDate(r.receivedAt) : "Not recorded" },
            { text: r.agreedToPublish ? "Yes, in full" : "No" },
            {
              text: canOpen ? (
                <a className="govuk-link" href={`/staff/consultations/${c.id}/responses/${r.id}/view`}>
                  {r.reference ?? "View"}
                  <span className="govuk-visually-hidden"> from {r.organisationName}</span>
                </a>
              ) : (
                (r.reference ?? "No reference")
              ),
            },
          ])}
        />
      )}
    </>
  );
}
