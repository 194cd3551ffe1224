// GET /staff/consultations/[id]/documents/[versionId]: any version of a document, drafts
// included, for officers checking what they uploaded (consultation.read).
import { Readable } from "node:stream";
import { withPermission } from "@/lib/auth/route-guard";
import { documentHeaders, getDocumentFile } from "@/lib/services/documents/document-file";
import { consultationPathIds } from "@/lib/services/documents/route-path";

export const GET = withPermission("consultation.read", async (request) => {
  const versionId = consultationPathIds(request.url).rest[1] ?? "";
  const file = await getDocumentFile(versionId, { includeDrafts: true });
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { headers: documentHeaders(file) });
});
