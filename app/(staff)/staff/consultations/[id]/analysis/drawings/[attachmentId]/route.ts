// GET /staff/consultations/[id]/analysis/drawings/[attachmentId]: a drawing or photo a
// respondent sent with an Easy Read answer (issue #7), shown inline with the type checked at
// upload, nosniff and a sandbox CSP (response.read: it is part of an individual response).
import { withPermission } from "@/lib/http/route-guard";
import { drawingFile } from "@/lib/services/analysis/drawings";
import type { RouteParams } from "@/lib/http/route-path";
import { imageHeaders } from "@/lib/services/easy-read/image-upload";

export const GET = withPermission<RouteParams<"id" | "attachmentId">>(
  "response.read",
  async (_request, { params }, staff) => {
    const { id: consultationId, attachmentId } = await params;
    const file = await drawingFile(staff, consultationId, attachmentId);
    return new Response(new Uint8Array(file.bytes), { headers: imageHeaders(file, "private, no-store") });
  },
);
