// GET /staff/consultations/[id]/responses/[responseId]/original: the scanned original of an
// entered response, as a download with nosniff (response.read).
import { withPermission } from "@/lib/auth/route-guard";
import { documentHeaders } from "@/lib/services/documents/document-file";
import { consultationPathIds } from "@/lib/services/documents/route-path";
import { getOriginal } from "@/lib/services/entry/entered-original";

export const GET = withPermission("response.read", async (request, _context, staff) => {
  const { consultationId, rest } = consultationPathIds(request.url);
  const file = await getOriginal(staff, { consultationId, responseId: rest[1] ?? "" });
  return new Response(new Uint8Array(file.bytes), { headers: documentHeaders({ ...file, sizeBytes: file.bytes.length }) });
});
