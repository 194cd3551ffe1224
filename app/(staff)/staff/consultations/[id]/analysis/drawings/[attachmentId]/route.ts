// GET /staff/consultations/[id]/analysis/drawings/[attachmentId]: a drawing or photo a
// respondent sent with an Easy Read answer (issue #7), shown inline with the type checked at
// upload, nosniff and a sandbox CSP (response.read: it is part of an individual response).
import { withPermission } from "@/lib/auth/route-guard";
import { drawingFile } from "@/lib/services/analysis/drawings";
import { consultationPathIds } from "@/lib/services/documents/route-path";
import { imageHeaders } from "@/lib/services/easy-read/image-upload";

export const GET = withPermission("response.read", async (request, _context, staff) => {
  const { consultationId, rest } = consultationPathIds(request.url);
  const file = await drawingFile(staff, consultationId, rest[2] ?? "");
  return new Response(new Uint8Array(file.bytes), { headers: imageHeaders(file, "private, no-store") });
});
