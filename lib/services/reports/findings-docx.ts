// The findings report as a Word file (issue #10): the report object, drawn as blocks, rendered
// with real heading styles and header rows. The route handler authorises and audits the download.
import "server-only";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { env } from "@/lib/env";
import { REPORT_TITLE, findingsBlocks } from "@/lib/reports/findings-blocks";
import { renderDocx } from "@/lib/reports/docx/render-docx";
import { buildFindingsReport } from "./findings";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function findingsReportDocx(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const report = await buildFindingsReport(actor, consultationId);
  const bytes = await renderDocx(
    { title: REPORT_TITLE, subtitle: report.consultation.title, creator: env().COUNCIL_NAME },
    findingsBlocks(report),
  );
  // The consultation's own slug (already URL-safe), as the response exports name their files.
  return { bytes, fileName: `${report.consultation.slug}-findings-report.docx` };
}
