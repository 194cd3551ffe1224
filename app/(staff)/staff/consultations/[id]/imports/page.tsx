// GET /staff/consultations/[id]/imports: the import records of a consultation (response.import):
// who imported which file, when, how many rows were imported and rejected, and its state.
import type { Metadata } from "next";
import { BackLink, Button, Table } from "@/components/govuk";
import { requireStaffForPage } from "@/lib/auth/session";
import { listImports } from "@/lib/services/imports/import-queries";
import { formatDateTime } from "@/lib/text/dates";
import { IMPORT_STATUS_LABELS } from "@/lib/imports/import-status";

export const metadata: Metadata = { title: "Imported responses" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ImportsPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/imports`, "response.import");
  const { consultation: c, imports } = await listImports(staff, id);
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Imported responses</h1>
      <Button href={`/staff/consultations/${c.id}/imports/new`}>Import responses from a spreadsheet</Button>
      {imports.length === 0 ? (
        <p className="govuk-body">No files have been imported yet.</p>
      ) : (
        <Table
          caption="Imports"
          captionClassName="govuk-table__caption--m"
          head={[
            { text: "File" },
            { text: "Imported by" },
            { text: "Uploaded" },
            { text: "Rows imported", format: "numeric" },
            { text: "Rows rejected", format: "numeric" },
            { text: "Status" },
          ]}
          rows={imports.map((i) => [
            {
              text: (
                <a className="govuk-link" href={`/staff/consultations/${c.id}/imports/${i.id}`}>
                  {i.fileName}
                </a>
              ),
            },
            { text: i.createdBy.name ?? i.createdBy.email },
            { text: formatDateTime(i.createdAt) },
            { text: i.importedCount.toLocaleString("en-GB"), format: "numeric" },
            { text: i.rejectedCount.toLocaleString("en-GB"), format: "numeric" },
            { text: IMPORT_STATUS_LABELS[i.status] },
          ])}
        />
      )}
    </>
  );
}
