// POST /staff/consultations/[id]/questionnaire/pictures/upload: stores an officer's own Easy Read
// picture (questionnaire.edit). A plain multipart post (server actions cap bodies), so it works
// without JavaScript; answers with a 303 back to the pictures page, with errors in the query.
import { withPermission } from "@/lib/http/route-guard";
import { isAppError } from "@/lib/errors";
import type { RouteParams } from "@/lib/http/route-path";
import { imageFromForm } from "@/lib/services/easy-read/image-upload";
import { uploadEasyReadPicture } from "@/lib/services/easy-read/pictures";
import { PICTURE_MAX_MB, ZEasyReadPictureUpload } from "@/lib/validation/easy-read-picture";

const back = (id: string, query: Record<string, string>) =>
  new Response(null, {
    status: 303,
    headers: {
      Location: `/staff/consultations/${encodeURIComponent(id)}/questionnaire/pictures?${new URLSearchParams(query)}`,
    },
  });

export const POST = withPermission<RouteParams<"id">>("questionnaire.edit", async (request, { params }, staff) => {
  const { id } = await params;
  // Refuse an oversized body before reading it, when the browser says how big it is.
  if (Number(request.headers.get("content-length") ?? 0) > (PICTURE_MAX_MB + 0.1) * 1024 * 1024) {
    return back(id, { errors: JSON.stringify({ file: `The picture must be smaller than ${PICTURE_MAX_MB} MB` }) });
  }
  const form = await request.formData();
  const altText = String(form.get("altText") ?? "");
  const file = await imageFromForm(form, "file");
  const parsed = ZEasyReadPictureUpload.safeParse({ consultationId: id, altText });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  try {
    // Checked even when the description is missing, so both errors show at once.
    if (parsed.success) await uploadEasyReadPicture(staff, parsed.data, file);
    else if (!file) errors.file = "Select a picture to upload";
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    for (const [k, v] of Object.entries(error.fieldErrors)) errors[k] ??= v[0];
  }
  if (Object.keys(errors).length > 0) return back(id, { altText, errors: JSON.stringify(errors) });
  return back(id, { done: "uploaded" });
});
