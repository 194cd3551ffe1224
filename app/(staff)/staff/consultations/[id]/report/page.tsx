// GET /staff/consultations/[id]/report: the consultation findings report (issue #10) as a
// printable page (print to PDF from the browser), drawn from the same blocks as the DOCX.
// Viewing it is a download: authoriseDownload checks export.download and audits it, or audits
// the refusal.
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { ReportBlocksView } from "@/components/reports/report-blocks-view";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { REPORT_TITLE, findingsBlocks } from "@/lib/reports/findings-blocks";
import { AppError } from "@/lib/errors";
import { authoriseDownload } from "@/lib/services/downloads/authorise-download";
import { buildFindingsReport } from "@/lib/services/reports/findings";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("export.download", REPORT_TITLE);
}
export const dynamic = "force-dynamic";

export default async function FindingsReportPage({ params }: Readonly<Props>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/report`);
  const decision = await authoriseDownload(staff, id, "report.html", { personalData: false });
  if (!decision.ok) {
    throw new AppError(decision.status === 404 ? "NOT_FOUND" : "FORBIDDEN", decision.message);
  }
  const report = await buildFindingsReport(decision.staff, decision.consultationId);
  return (
    <>
      <BackLink href={`/staff/consultations/${id}/downloads`}>Back to downloads</BackLink>
      <article className="app-report">
        <span className="govuk-caption-l">{report.consultation.title}</span>
        <h1 className="govuk-heading-xl">{REPORT_TITLE}</h1>
        <p className="govuk-body app-no-print">
          To save this report as a PDF, use your browser&apos;s print option and choose &quot;Save as PDF&quot;. The{" "}
          <a className="govuk-link" href={`/staff/consultations/${id}/downloads/report.docx`}>
            Word version of this report
          </a>{" "}
          has the same content.
        </p>
        <ReportBlocksView blocks={findingsBlocks(report)} />
      </article>
    </>
  );
}
