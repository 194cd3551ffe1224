// POST /staff/consultations/[id]/responses/[responseId]/original/upload: attaches the scanned
// original (response.enter). A plain multipart post that works without JavaScript; answers
// with a 303 back to the response, with the error in the query when the file is refused.
import { withPermission } from "@/lib/http/route-guard";
import { isAppError } from "@/lib/errors";
import { maxUploadBytes } from "@/lib/services/documents/upload-document";
import type { RouteParams } from "@/lib/http/route-path";
import { attachOriginal } from "@/lib/services/entry/entered-original";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export const POST = withPermission<RouteParams<"id" | "responseId">>(
  "response.enter",
  async (request, { params }, staff) => {
    const { id: consultationId, responseId } = await params;
    const ids = { consultationId, responseId };
    const page = `/staff/consultations/${encodeURIComponent(ids.consultationId)}/responses/${encodeURIComponent(ids.responseId)}`;
    if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes() + 64 * 1024)
      return seeOther(`${page}?fileError=too-big`);
    const upload = (await request.formData()).get("file");
    const file =
      upload instanceof File && upload.size > 0
        ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
        : null;
    try {
      await attachOriginal(staff, ids, file);
    } catch (error) {
      if (isAppError(error) && error.fieldErrors?.file)
        return seeOther(`${page}?${new URLSearchParams({ fileError: error.fieldErrors.file[0] })}`);
      throw error;
    }
    return seeOther(`${page}?done=original`);
  },
);
