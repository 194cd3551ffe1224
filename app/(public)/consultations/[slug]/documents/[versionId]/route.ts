// GET /consultations/[slug]/documents/[versionId]: a published consultation's document, served
// from storage (never the web root) with its checked type and Content-Disposition.
import { Readable } from "node:stream";
import { isAppError } from "@/lib/errors";
import { documentHeaders, getDocumentFile } from "@/lib/services/documents/document-file";

type Context = { params: Promise<{ slug: string; versionId: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, versionId } = await params;
  try {
    const file = await getDocumentFile(versionId, { slug, includeDrafts: false });
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { headers: documentHeaders(file) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response("We could not find that document.", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}
