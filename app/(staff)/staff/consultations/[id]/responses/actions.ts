"use server";

// Officer actions for responses entered on someone's behalf (issue #8, part 1). The details and
// the final save go through createAction; a question page's answers are dynamic (the
// questionnaire decides the schema), so its action checks the session and permission itself
// and returns the respondent form state the shared SectionForm expects.
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { can } from "@/lib/permissions/permissions";
import { getCurrentStaff, signInPath } from "@/lib/auth/session";
import { APP_ERRORS, isAppError } from "@/lib/errors";
import {
  CONTROL_FIELDS,
  isControlField,
  RETURN_TO_CHECK_ANSWERS,
  SAVE_LATER_INTENT,
  SKIP_INTENT,
  type TRespondentFormState,
} from "@/lib/respond/form-controls";
import { saveEnteredSection, submitEnteredResponse } from "@/lib/services/entry/entered-answers";
import { startEnteredResponse, updateEnteredDetails } from "@/lib/services/entry/entered-responses";
import { ZEnteredDetailsSchema } from "@/lib/validation/entered-response";
import { ZEnteredPageSchema, ZEnteredResponseIdsSchema } from "@/lib/validation/entered-answers";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";
import { postedValues } from "@/lib/http/posted-form";
import { isReadablePost, UNREADABLE_FORM_MESSAGE } from "@/app/(public)/consultations/[slug]/respond/respond-support";
import { entryPath } from "./entry-paths";

export const saveEntryDetailsAction = createAction({
  schema: ZEnteredDetailsSchema,
  permission: "response.enter",
  handler: async (input, { staff }) =>
    input.responseId
      ? {
          ...(await updateEnteredDetails(staff, { ...input, responseId: input.responseId })),
          nextPage: "details-saved",
        }
      : startEnteredResponse(staff, input),
  redirectTo: (out, input) => entryPath(input.consultationId, out.responseId, out.nextPage),
});

export const submitEntryAction = createAction({
  schema: ZEnteredResponseIdsSchema,
  permission: "response.enter",
  handler: (input, { staff }) => submitEnteredResponse(staff, input),
  redirectTo: (out, input) =>
    out.ok
      ? entryPath(input.consultationId, input.responseId, "done")
      : `${entryPath(input.consultationId, input.responseId, out.problemSlug)}?problem=1`,
});

/** The form's state, also carrying the HTTP status a failure stands for (the authorisation table reads it). */
const failed = (
  status: number,
  values: TFormValues,
  formError?: string,
  fieldErrors: Record<string, string> = {},
): TRespondentFormState => Object.assign({ fieldErrors, formError, values }, { ok: false, status });

/** "Continue" on a question page of an entered response. */
export async function saveEntryPageAction(
  _state: TRespondentFormState,
  formData: FormData,
): Promise<TRespondentFormState> {
  if (!isReadablePost([], formData ?? null)) return failed(400, {}, UNREADABLE_FORM_MESSAGE);
  const values = postedValues(formData);
  const staff = await getCurrentStaff();
  if (!staff) redirect(signInPath("/staff"));
  if (!can(staff.role, "response.enter")) return failed(403, values, APP_ERRORS.FORBIDDEN.message);
  const parsed = ZEnteredPageSchema.safeParse(
    Object.fromEntries(Object.keys(ZEnteredPageSchema.shape).map((k) => [k, formData.get(k)])),
  );
  if (!parsed.success) return failed(400, values, parsed.error.issues[0].message);
  const { consultationId, responseId } = parsed.data;
  const saveLater = formData.get(CONTROL_FIELDS.intent) === SAVE_LATER_INTENT;
  // An Easy Read page's "Skip this question" saves it unanswered, as the public form does.
  const skip = formData.get(CONTROL_FIELDS.intent) === SKIP_INTENT;
  let result: Awaited<ReturnType<typeof saveEnteredSection>>;
  try {
    result = await saveEnteredSection(staff, {
      ...parsed.data,
      // "Save and come back later" keeps what is valid; the officer can finish the entry later.
      mode: saveLater ? "save-later" : "continue",
      entries: skip
        ? []
        : [...formData.entries()].filter(([name]) => !isControlField(name) && !(name in ZEnteredPageSchema.shape)),
    });
  } catch (error) {
    if (isAppError(error)) return failed(error.status, values, error.message);
    console.error("[entry] unexpected error", error);
    return failed(
      500,
      values,
      "Sorry, there is a problem with the service. The answers on this page have not been saved. Try again.",
    );
  }
  if (!result.ok)
    return Object.assign({ fieldErrors: result.fieldErrors, values: result.values }, { ok: false, status: 400 });
  if (saveLater) redirect(entryPath(consultationId, responseId, "saved-for-later"));
  const returning = formData.get(CONTROL_FIELDS.returnTo) === RETURN_TO_CHECK_ANSWERS;
  // A submitted response goes back to its own page; a draft carries on through the questions.
  const summary = result.status === "DRAFT" ? "check-answers" : "";
  if (returning || result.status !== "DRAFT") {
    redirect(
      result.newPageSlug
        ? `${entryPath(consultationId, responseId, result.newPageSlug)}?return=${RETURN_TO_CHECK_ANSWERS}`
        : entryPath(consultationId, responseId, summary || "changed"),
    );
  }
  redirect(entryPath(consultationId, responseId, result.nextSlug ?? "check-answers"));
}
