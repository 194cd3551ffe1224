// POST /staff/consultations/[id]/documents/upload: stores an uploaded document (consultation.edit).
// Plain multipart form post so it works without JavaScript; answers with a 303 redirect. The
// file streams into storage as it arrives (issue #19), before the other fields are checked.
import { withPermission } from "@/lib/http/route-guard";
import { isAppError } from "@/lib/errors";
import { discardStagedDocument, receiveDocumentUpload } from "@/lib/services/documents/stage-document";
import { maxUploadBytes, uploadDocument } from "@/lib/services/documents/upload-document";
import type { RouteParams } from "@/lib/http/route-path";
import { ZDocumentUploadSchema } from "@/lib/validation/document";

// A relative Location: behind a proxy request.url may name another host than the browser used.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

const back = (id: string, query: Record<string, string>) =>
  seeOther(`/staff/consultations/${encodeURIComponent(id)}/documents/new?${new URLSearchParams(query)}`);

export const POST = withPermission<RouteParams<"id">>("consultation.edit", async (request, { params }, staff) => {
  const { id } = await params;
  // Refuse an oversized body before reading it, when the browser says how big it is.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxUploadBytes() + 64 * 1024)
    return back(id, { errors: JSON.stringify({ file: "The file is too big" }) });
  const received = await receiveDocumentUpload(staff, id, request);
  const fields: Record<string, string> = { ...received.fields, consultationId: id };
  const keep = {
    title: fields.title ?? "",
    kind: fields.kind ?? "",
    versionLabel: fields.versionLabel ?? "",
    changeNote: fields.changeNote ?? "",
    documentId: fields.documentId ?? "",
  };
  const parsed = ZDocumentUploadSchema.safeParse(fields);
  if (!parsed.success || received.fileProblem) {
    await discardStagedDocument(received.staged);
    const errors: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
    if (received.fileProblem) errors.file = received.fileProblem;
    return back(id, { ...keep, errors: JSON.stringify(errors) });
  }
  try {
    await uploadDocument(staff, parsed.data, received.staged);
  } catch (error) {
    if (isAppError(error) && error.fieldErrors) {
      const errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v[0]]));
      return back(id, { ...keep, errors: JSON.stringify(errors) });
    }
    throw error;
  }
  return seeOther(`/staff/consultations/${encodeURIComponent(id)}?done=uploaded`);
});
