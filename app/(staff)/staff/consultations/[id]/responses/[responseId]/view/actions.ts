"use server";

// "Show original text" on a response (export.personalData): records the reason, then opens the
// original words to this reader for a short while (lib/services/read/response-view.ts).
import { createAction } from "@/lib/actions/create-action";
import { showOriginalText } from "@/lib/services/read/response-view";
import { ZShowOriginalText } from "@/lib/validation/original-text";
import { entryPath } from "../../entry-paths";

export const showOriginalTextAction = createAction({
  schema: ZShowOriginalText,
  permission: "export.personalData",
  handler: (input, { staff }) => showOriginalText(staff, input),
  redirectTo: (out) =>
    `${entryPath(out.consultationId, out.responseId)}/view?original=${encodeURIComponent(out.grant)}#answers`,
});
