// POST /staff/consultations/[id]/imports/upload: reads a CSV or XLSX file of responses
// (response.import). A plain multipart form post, so it works without JavaScript, and a route
// handler because server actions cap bodies at 2 MB. The proxy leaves this path alone so a
// big body is not buffered there: the declared size is refused before the body is read.
import { withPermission } from "@/lib/http/route-guard";
import { isAppError } from "@/lib/errors";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MB } from "@/lib/imports/limits";
import { createImport } from "@/lib/services/imports/create-import";
import type { RouteParams } from "@/lib/http/route-path";
import { ZImportUpload } from "@/lib/validation/imports";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export const POST = withPermission<RouteParams<"id">>("response.import", async (request, { params }, staff) => {
  const { id } = await params;
  const base = `/staff/consultations/${encodeURIComponent(id)}/imports`;
  const back = (errors: Record<string, string>, channel = "") =>
    seeOther(`${base}/new?${new URLSearchParams({ channel, errors: JSON.stringify(errors) })}`);
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES + 64 * 1024) {
    return back({
      file: `The file must be smaller than ${IMPORT_MAX_MB} MB. Split it into smaller files and import each one.`,
    });
  }
  const form = await request.formData();
  const channel = typeof form.get("channel") === "string" ? String(form.get("channel")) : "";
  const upload = form.get("file");
  const file =
    upload instanceof File && upload.size > 0
      ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
      : null;
  const parsed = ZImportUpload.safeParse({ consultationId: id, channel });
  if (!parsed.success || !file) {
    const errors: Record<string, string> = {};
    if (!file) errors.file = "Select a CSV or Excel file to upload";
    if (!parsed.success) errors.channel = parsed.error.issues[0].message;
    return back(errors, channel);
  }
  try {
    const { importId } = await createImport(staff, parsed.data, file);
    return seeOther(`${base}/${encodeURIComponent(importId)}`);
  } catch (error) {
    if (isAppError(error) && error.fieldErrors)
      return back(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v[0]])), channel);
    throw error;
  }
});
