// GET /staff/consultations/[id]/downloads/jobs/[jobId] (export.download): a background export's
// progress bar while it is prepared (refreshing itself, with a link that works without
// JavaScript), then its download link, which is authorised and audited when followed. A failed
// export (including one a restart stopped) offers to start it again with the same options,
// through the export route, which authorises and audits again.
import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner, SummaryList } from "@/components/govuk";
import { ImportProgress } from "@/components/imports/import-progress";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { getExportJob } from "@/lib/services/exports/export-jobs";
import { formatDateTime } from "@/lib/text/dates";

type Props = { params: Promise<{ id: string; jobId: string }> };

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("export.download", "Export");
export const dynamic = "force-dynamic";

const sizeText = (bytes: number | null) =>
  bytes === null
    ? ""
    : bytes < 1_048_576
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The export form's fields (lib/validation/downloads.ts ZExportOptions) that ask for this job's file again. */
function againFields(job: {
  format: string;
  freeText: boolean;
  originalText: boolean;
  personalData: boolean;
  reason: string | null;
}): Record<string, string> {
  const sensitive = job.originalText || job.personalData;
  return {
    format: job.format,
    freeText: job.freeText ? "yes" : "no",
    sensitive: sensitive ? "yes" : "no",
    ...(sensitive ? { include: job.personalData ? "personal" : "original", reason: job.reason ?? "" } : {}),
  };
}

export default async function ExportJobPage({ params }: Readonly<Props>) {
  const { id, jobId } = await params;
  const path = `/staff/consultations/${id}/downloads/jobs/${jobId}`;
  const staff = await requireStaffForPage(path, "export.download");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const job = await getExportJob(staff, c.id, jobId);
  const contents = [
    job.freeText ? (job.originalText ? "original free text" : "redacted free text") : "no free text",
    job.personalData ? "respondents' contact details" : "no personal data",
  ].join(", ");
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}/downloads`}>Back to downloads</BackLink>
      {job.status === "READY" && <NotificationBanner type="success" text="Your export is ready to download." />}
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Export: {job.fileName}</h1>
      <SummaryList
        rows={[
          { key: "Started", value: formatDateTime(job.createdAt) },
          { key: "Contains", value: `${job.total.toLocaleString("en-GB")} responses, ${contents}` },
          ...(job.finishedAt
            ? [{ key: job.status === "READY" ? "Ready" : "Stopped", value: formatDateTime(job.finishedAt) }]
            : []),
        ]}
      />
      {job.status === "RUNNING" && (
        <ImportProgress
          processed={job.processed}
          total={job.total}
          href={path}
          doing="Preparing the export"
          unit="responses"
          job="export"
        />
      )}
      {job.status === "FAILED" && (
        <>
          <p className="govuk-body">{job.failure}</p>
          <form action={`/staff/consultations/${c.id}/downloads/export`} method="post">
            {Object.entries(againFields(job)).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <Button preventDoubleClick>Start the export again</Button>
          </form>
        </>
      )}
      {job.status === "READY" && (
        <p className="govuk-body">
          <a className="govuk-link" href={`${path}/file`} download>
            Download {job.fileName} ({sizeText(job.sizeBytes)})
          </a>
        </p>
      )}
    </>
  );
}
