// GET /staff/consultations/[id]/responses/[responseId]/original: the scanned original of an
// entered response, as a download with nosniff (response.read).
import { withPermission } from "@/lib/http/route-guard";
import { documentHeaders } from "@/lib/services/documents/document-file";
import type { RouteParams } from "@/lib/http/route-path";
import { getOriginal } from "@/lib/services/entry/entered-original";

export const GET = withPermission<RouteParams<"id" | "responseId">>(
  "response.read",
  async (_request, { params }, staff) => {
    const { id: consultationId, responseId } = await params;
    const file = await getOriginal(staff, { consultationId, responseId });
    return new Response(new Uint8Array(file.bytes), {
      headers: documentHeaders({ ...file, sizeBytes: file.bytes.length }),
    });
  },
);
