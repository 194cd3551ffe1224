// GET /staff/consultations/[id]/downloads (export.download: analysts and administrators): the
// findings report and the response data exports, each with what it contains, the export
// options form, and the consultation's background exports. Every download is audited.
import type { Metadata } from "next";
import { BackLink, ErrorSummary, Table } from "@/components/govuk";
import { documentTitle } from "@/lib/text/document-title";
import { EXPORT_FIELD_IDS, ExportForm } from "@/components/exports/export-form";
import { can } from "@/lib/permissions/permissions";
import { getCurrentStaff, requireStaffForPage } from "@/lib/auth/session";
import { ACCESS_DENIED_TITLE } from "@/lib/permissions/permissions";
import { env } from "@/lib/env";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { countSubmitted } from "@/lib/services/exports/build-export";
import { recentExportJobs } from "@/lib/services/exports/export-jobs";
import { formatDateTime } from "@/lib/text/dates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const errorsOf = (query: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.keys(EXPORT_FIELD_IDS).flatMap((name) => (query[`error-${name}`] ? [[name, query[`error-${name}`]]] : [])),
  );

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const staff = await getCurrentStaff();
  if (staff && !can(staff.role, "export.download")) return { title: ACCESS_DENIED_TITLE };
  return {
    title: {
      absolute: documentTitle({
        page: "Downloads",
        councilName: env().COUNCIL_NAME,
        hasError: Object.keys(errorsOf(await searchParams)).length > 0,
      }),
    },
  };
}
export const dynamic = "force-dynamic";

const JOB_STATUS: Record<string, string> = { RUNNING: "Being prepared", READY: "Ready", FAILED: "Failed" };

export default async function DownloadsPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/downloads`;
  const staff = await requireStaffForPage(path, "export.download");
  const query = await searchParams;
  const { consultation: c } = await getStaffConsultation(staff, id);
  const [submitted, jobs] = await Promise.all([countSubmitted(c.id), recentExportJobs(staff, c.id)]);
  const errors = errorsOf(query);
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <ErrorSummary
        errorList={Object.entries(errors).map(([name, text]) => ({ text, href: `#${EXPORT_FIELD_IDS[name]}` }))}
      />
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Downloads</h1>
      <p className="govuk-body">
        Every download is recorded in the audit trail: who, when, which file, and whether it held personal data. There
        are {submitted.toLocaleString("en-GB")} submitted responses.
      </p>
      <h2 className="govuk-heading-m">Consultation findings report</h2>
      <p className="govuk-body">
        The findings for the Cabinet report: method, who responded, results for each proposal and question, themes with
        redacted quotes, event feedback, the equality profile, &ldquo;You said, we did&rdquo;, limitations and the full
        question tables.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`${path}/report.docx`}>
            Findings report (Word document)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/staff/consultations/${c.id}/report`}>
            Findings report (web page to print or save as PDF)
          </a>
        </li>
      </ul>
      <h2 className="govuk-heading-m">Response data</h2>
      <Table
        caption="What each export contains"
        captionClassName="govuk-table__caption--s"
        head={[{ text: "File" }, { text: "Contains" }]}
        firstCellIsHeader
        rows={[
          [
            { text: "CSV" },
            {
              text: "One row per submitted response, one column per question (a 0 or 1 column for each option of a multiple choice question). Row 1 names the columns by question key, row 2 gives the question text. UTF-8, opens in Excel.",
            },
          ],
          [
            { text: "Excel workbook" },
            {
              text: "A summary sheet, a responses sheet for each format and channel (standard online, Easy Read, paper and others), and a themes sheet of the coded free text.",
            },
          ],
          [
            { text: "JSON" },
            { text: "The same responses and columns as the CSV, with the question text for each column." },
          ],
        ]}
      />
      <p className="govuk-body">
        Every export lists each response&apos;s reference, channel, format, respondent type, organisation, who completed
        it, when it was submitted and any campaign it belongs to.
      </p>
      <ExportForm
        action={`${path}/export`}
        state={{ values: query, errors }}
        threshold={env().EXPORT_BACKGROUND_THRESHOLD}
      />
      {jobs.length > 0 && (
        <Table
          caption="Exports prepared in the background"
          captionClassName="govuk-table__caption--m"
          head={[{ text: "Started" }, { text: "File" }, { text: "Status" }]}
          rows={jobs.map((job) => [
            { text: formatDateTime(job.createdAt) },
            {
              text: (
                <a className="govuk-link" href={`${path}/jobs/${job.id}`}>
                  {job.fileName}
                  {job.personalData ? " (with personal data)" : job.originalText ? " (original text)" : ""}
                </a>
              ),
            },
            { text: JOB_STATUS[job.status] },
          ])}
        />
      )}
    </>
  );
}
