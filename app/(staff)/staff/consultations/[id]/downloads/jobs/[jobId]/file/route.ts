// GET /staff/consultations/[id]/downloads/jobs/[jobId]/file: a finished background export. The
// download is authorised for what the file holds (personal data, original text, with the reason
// given when it was started) and audited now, when the file leaves.
import { Readable } from "node:stream";
import { authoriseDownload } from "@/lib/services/downloads/authorise-download";
import { refusalResponse } from "@/lib/http/download-route";
import type { RouteParams } from "@/lib/http/route-path";
import { EXPORT_CONTENT_TYPES } from "@/lib/services/exports/build-export";
import { exportJobOptions, openExportFile } from "@/lib/services/exports/export-jobs";
import { getCurrentStaff } from "@/lib/auth/session";
import { APP_ERRORS, isAppError } from "@/lib/errors";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import { exportFileName } from "@/lib/validation/downloads";

export async function GET(request: Request, { params }: RouteParams<"id" | "jobId">): Promise<Response> {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return refusalResponse({ status: 403, message: crossOrigin });
  const { id: consultationId, jobId } = await params;
  // Signed in before anything about the job is read; the one session read then serves authorisation too.
  const staff = await getCurrentStaff();
  if (!staff) return refusalResponse({ status: 401, message: APP_ERRORS.UNAUTHENTICATED.message });
  const job = await exportJobOptions(consultationId, jobId);
  if (!job) return refusalResponse({ status: 404, message: "We could not find that export." });
  const decision = await authoriseDownload(staff, consultationId, exportFileName(job.format), job);
  if (!decision.ok) return refusalResponse(decision);
  try {
    const file = await openExportFile(consultationId, jobId);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": EXPORT_CONTENT_TYPES[file.format],
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        ...(file.sizeBytes !== null && { "Content-Length": String(file.sizeBytes) }),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return refusalResponse({ status: error.status as 404, message: error.message });
    throw error;
  }
}
