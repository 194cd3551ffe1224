// GET /staff/consultations/[id]/documents/[versionId]: any version of a document, drafts
// included, for officers checking what they uploaded (consultation.read).
import { Readable } from "node:stream";
import { withPermission } from "@/lib/http/route-guard";
import { documentHeaders, getDocumentFile } from "@/lib/services/documents/document-file";
import type { RouteParams } from "@/lib/http/route-path";

export const GET = withPermission<RouteParams<"id" | "versionId">>(
  "consultation.read",
  async (_request, { params }) => {
    const { versionId } = await params;
    const file = await getDocumentFile(versionId, { includeDrafts: true });
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { headers: documentHeaders(file) });
  },
);
