// GET /staff/consultations/[id]/imports/[importId] (response.import): one import through its
// steps: match columns and answers, the dry-run report, progress while importing, and the
// import record with its roll back. Every button posts to ./step.
import type { Metadata } from "next";
import { BackLink, Button, ErrorSummary, NotificationBanner, SummaryList } from "@/components/govuk";
import { env } from "@/lib/env";
import { documentTitle } from "@/lib/text/document-title";
import { ImportMappingForm } from "@/components/imports/import-mapping-form";
import { ImportProgress } from "@/components/imports/import-progress";
import { ImportReport } from "@/components/imports/import-report";
import { requireStaffForPage } from "@/lib/auth/session";
import { IMPORT_STATUS_LABELS } from "@/lib/imports/import-status";
import { getImport } from "@/lib/services/imports/import-queries";
import { formatDateTime } from "@/lib/text/dates";
import { IMPORT_CHANNELS } from "@/lib/validation/imports";

type Props = {
  params: Promise<{ id: string; importId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: {
      absolute: documentTitle({
        page: "Import responses",
        councilName: env().COUNCIL_NAME,
        hasError: Boolean((await searchParams).error),
      }),
    },
  };
}

const channelLabel = (channel: string) => IMPORT_CHANNELS.find(([value]) => value === channel)?.[1] ?? channel;

export default async function ImportPage({ params, searchParams }: Props) {
  const { id, importId } = await params;
  const path = `/staff/consultations/${id}/imports/${importId}`;
  const staff = await requireStaffForPage(path, "response.import");
  const query = await searchParams;
  const view = await getImport(staff, { consultationId: id, importId });
  const { record, report } = { record: view.record, report: view.record.report };
  const action = `${path}/step`;
  const editable = record.status === "UPLOADED" || record.status === "CHECKED";
  const recordRows = [
    { key: "File", value: record.fileName },
    { key: "Channel", value: channelLabel(record.channel) },
    { key: "Uploaded by", value: record.createdBy?.name ?? record.createdBy?.email ?? "" },
    { key: "Uploaded", value: formatDateTime(record.createdAt) },
    { key: "Status", value: IMPORT_STATUS_LABELS[record.status] },
    ...(record.importedAt ? [{ key: "Imported", value: formatDateTime(record.importedAt) }] : []),
    ...(record.status === "IMPORTED" || record.status === "ROLLED_BACK" || record.status === "FAILED"
      ? [
          { key: "Rows imported", value: record.importedCount.toLocaleString("en-GB") },
          { key: "Rows rejected", value: record.rejectedCount.toLocaleString("en-GB") },
          { key: "Rows already imported before", value: record.duplicateCount.toLocaleString("en-GB") },
        ]
      : []),
    ...(record.rolledBackAt ? [{ key: "Rolled back", value: formatDateTime(record.rolledBackAt) }] : []),
  ];
  return (
    <>
      <BackLink href={`/staff/consultations/${id}/imports`}>Back to imported responses</BackLink>
      {query.error && (
        <ErrorSummary errorList={[{ text: query.error, href: editable ? "#import-actions" : "#import-record" }]} />
      )}
      {query.done === "rolled-back" && (
        <NotificationBanner type="success" text="The import has been rolled back: its responses are deleted." />
      )}
      {record.status === "IMPORTED" && !query.done && (
        <NotificationBanner
          type="success"
          text={`${record.importedCount.toLocaleString("en-GB")} responses imported. ${record.duplicateCount.toLocaleString("en-GB")} rows were already imported and were skipped.`}
        />
      )}
      <span className="govuk-caption-l">{view.consultation.title}</span>
      <h1 className="govuk-heading-l">Import responses</h1>
      <div id="import-record">
        <SummaryList rows={recordRows} />
      </div>
      {record.failure && record.status === "FAILED" && <p className="govuk-body">{record.failure}</p>}
      {record.status === "IMPORTING" && (
        <ImportProgress processed={record.processedCount} total={report?.valid ?? record.rowCount} href={path} />
      )}
      {editable && (
        <ImportMappingForm
          action={action}
          headers={view.headers}
          examples={view.examples}
          columns={view.mapping.columns}
          targets={view.targets}
          unmatched={view.unmatched}
        />
      )}
      {record.status === "CHECKED" && report && <ImportReport report={report} action={action} />}
      {(record.status === "IMPORTED" || record.status === "FAILED") && (
        <form action={action} method="post" noValidate>
          {record.status === "FAILED" && (
            <>
              <p className="govuk-body">Trying again imports the rows not yet imported; no row is imported twice.</p>
              <Button name="intent" value={record.onlyValid ? "import-valid" : "import-all"} preventDoubleClick>
                Try again
              </Button>
            </>
          )}
          <h2 className="govuk-heading-m">Roll back</h2>
          <p className="govuk-body">
            Rolling back deletes every response this import added. The record of the import is kept.
          </p>
          <Button name="intent" value="rollback" variant="warning" preventDoubleClick>
            Roll back this import
          </Button>
        </form>
      )}
    </>
  );
}
