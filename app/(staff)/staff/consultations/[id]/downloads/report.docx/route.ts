// GET /staff/consultations/[id]/downloads/report.docx: the findings report as a Word file
// (issue #10). guardDownload checks export.download and audits the download or the refusal.
import type { RouteParams } from "@/lib/http/route-path";
import { guardDownload } from "@/lib/services/downloads/guard-download";
import { DOCX_MIME, findingsReportDocx } from "@/lib/services/reports/findings-docx";

export async function GET(request: Request, { params }: RouteParams<"id">): Promise<Response> {
  const guard = await guardDownload(request, (await params).id, "report.docx", { personalData: false });
  if (!guard.ok) return guard.response;
  const { bytes, fileName } = await findingsReportDocx(guard.staff, guard.consultationId);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": DOCX_MIME,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "no-store",
    },
  });
}
