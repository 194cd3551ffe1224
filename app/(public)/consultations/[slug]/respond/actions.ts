"use server";

// Server actions of the respondent's journey (issue #6). Each one: rate limit → service →
// redirect (post/redirect/get), or the form's state with the person's answers kept.
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { after } from "next/server";
import { refresh } from "next/cache";
import { chosenFile } from "@/lib/validation/posted-file";
import {
  isHoneypotFilled,
  ZReceiptRequestSchema,
  ZSaveForLaterSchema,
  ZSubmissionSchema,
} from "@/lib/validation/response";
import {
  CONTROL_FIELDS,
  isControlField,
  RETURN_TO_CHECK_ANSWERS,
  SAVE_LATER_INTENT,
  SKIP_INTENT,
  type TRespondentFormState,
} from "@/lib/respond/form-controls";
import { kickEmailOutbox } from "@/lib/services/email-outbox/worker";
import { startChange, withdrawResponse } from "@/lib/services/respond/receipts";
import { requestResumeLink, resumeWithLink } from "@/lib/services/respond/resume-links";
import { saveSection, type TSaveSectionResult } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submitResponse, type TSubmitResult } from "@/lib/services/respond/submit-response";
import { easyReadPath } from "../easy-read/easy-read-support";
import { firstValues, postedValues } from "@/lib/http/posted-form";
import {
  isReadablePost,
  limitAttempt,
  UNREADABLE_FORM,
  readDraftToken,
  respondentFailure,
  respondPath,
  SERVICE_PROBLEM_SLUG,
  writeDraftToken,
} from "./respond-support";

const issuesToErrors = (issues: { path: PropertyKey[]; message: string }[]) => {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "")] ??= issue.message;
  return errors;
};

/** "Start now": a new draft and its cookie, then the first page (the Easy Read start page asks for EASY_READ). */
export async function startResponseAction(slug: string, format?: string | FormData): Promise<void> {
  if (!isReadablePost([slug])) redirect("/consultations");
  let started: Awaited<ReturnType<typeof startDraft>>;
  try {
    await limitAttempt("start");
    started = await startDraft(slug, format === "EASY_READ" ? "EASY_READ" : "STANDARD");
  } catch (error) {
    respondentFailure(error, slug, {});
    // This form has no state to show a problem in, and without JavaScript a thrown error is a
    // bare "Internal Server Error": say plainly what happened and what to do, as the other pages do.
    redirect(respondPath(slug, SERVICE_PROBLEM_SLUG));
  }
  await writeDraftToken(slug, started.draftToken, started.closesAt);
  redirect((format === "EASY_READ" ? easyReadPath : respondPath)(slug, started.firstPageSlug));
}

/** "Continue" or "Save and come back later" on a questionnaire page. */
export async function saveSectionAction(
  slug: string,
  sectionKey: string,
  _state: TRespondentFormState,
  formData: FormData,
): Promise<TRespondentFormState> {
  if (!isReadablePost([slug, sectionKey], formData ?? null)) return UNREADABLE_FORM;
  const values = postedValues(formData);
  const saveLater = formData.get(CONTROL_FIELDS.intent) === SAVE_LATER_INTENT;
  // "Skip this question" saves the page as unanswered, so an earlier answer to it goes too.
  const skip = formData.get(CONTROL_FIELDS.intent) === SKIP_INTENT;
  const returning = formData.get(CONTROL_FIELDS.returnTo) === RETURN_TO_CHECK_ANSWERS;
  let result: TSaveSectionResult;
  try {
    await limitAttempt("save");
    result = await saveSection({
      slug,
      draftToken: await readDraftToken(slug),
      sectionKey,
      versionId: String(formData.get(CONTROL_FIELDS.versionId) ?? ""),
      entries: skip ? [] : [...formData.entries()].filter(([name]) => !isControlField(name)),
      mode: saveLater ? "save-later" : "continue",
      skip,
    });
  } catch (error) {
    return respondentFailure(error, slug, values);
  }
  if (!result.ok) {
    // A drawing sent with the page is kept even when the page has errors (issue #7): refresh
    // the page around the form, so it says which file we have.
    if ([...formData.values()].some((value) => chosenFile(value))) refresh();
    return { fieldErrors: result.fieldErrors, values: result.values };
  }
  if (saveLater) redirect(respondPath(slug, "save"));
  // Easy Read questions have their own pages; the rest of the journey is shared (issue #7).
  const questionPath = result.format === "EASY_READ" ? easyReadPath : respondPath;
  // After a "Change", new questions the change brought in come first, then back to the summary.
  if (returning)
    redirect(
      result.newPageSlug
        ? `${questionPath(slug, result.newPageSlug)}?return=${RETURN_TO_CHECK_ANSWERS}`
        : respondPath(slug, "check-answers"),
    );
  redirect(result.nextSlug ? questionPath(slug, result.nextSlug) : respondPath(slug, "check-answers"));
}

/** "Send your response" on "Check your answers". */
export async function submitResponseAction(
  slug: string,
  _state: TRespondentFormState,
  formData: FormData,
): Promise<TRespondentFormState> {
  if (!isReadablePost([slug], formData ?? null)) return UNREADABLE_FORM;
  const values = postedValues(formData);
  const fields = firstValues(formData);
  // A filled honeypot is a bot: refuse quietly, writing nothing, and show the page again (issue #6, item 7).
  if (isHoneypotFilled(fields)) redirect(respondPath(slug, "check-answers"));
  let result: TSubmitResult;
  try {
    await limitAttempt("submit");
    const receipt = ZReceiptRequestSchema.safeParse(fields);
    if (!receipt.success) return { fieldErrors: issuesToErrors(receipt.error.issues), values };
    const submission = ZSubmissionSchema.safeParse(fields);
    if (!submission.success) return { fieldErrors: {}, formError: submission.error.issues[0].message, values };
    result = await submitResponse({
      slug,
      draftToken: await readDraftToken(slug),
      ...submission.data,
      receipt: { email: receipt.data.email, wantsUpdates: receipt.data["wants-updates"] },
    });
  } catch (error) {
    return respondentFailure(error, slug, values);
  }
  if (!result.ok) redirect(`${respondPath(slug, result.problemSlug)}?problem=1`);
  after(() => kickEmailOutbox());
  redirect(respondPath(slug, "confirmation"));
}

/** The email page of "Save and come back later". */
export async function saveForLaterAction(
  slug: string,
  _state: TRespondentFormState,
  formData: FormData,
): Promise<TRespondentFormState> {
  if (!isReadablePost([slug], formData ?? null)) return UNREADABLE_FORM;
  const values = postedValues(formData);
  const fields = firstValues(formData);
  if (isHoneypotFilled(fields)) redirect(respondPath(slug, "save", "sent"));
  const parsed = ZSaveForLaterSchema.safeParse(fields);
  if (!parsed.success) return { fieldErrors: issuesToErrors(parsed.error.issues), values };
  try {
    await limitAttempt("resumeEmail");
    await requestResumeLink({ slug, draftToken: await readDraftToken(slug), email: parsed.data.email });
  } catch (error) {
    return respondentFailure(error, slug, values);
  }
  after(() => kickEmailOutbox());
  redirect(respondPath(slug, "save", "sent"));
}

/** "Continue your response" on the page an emailed resume link opens. */
export async function resumeAction(slug: string, token: string): Promise<void> {
  if (!isReadablePost([slug, token])) redirect("/consultations");
  let resumed: Awaited<ReturnType<typeof resumeWithLink>>;
  try {
    await limitAttempt("link");
    resumed = await resumeWithLink({ slug, token });
  } catch (error) {
    linkFailure(error, slug, respondPath(slug, "resume", token));
  }
  await writeDraftToken(slug, resumed.draftToken, resumed.closesAt);
  redirect(respondPath(slug, resumed.pageSlug ?? "check-answers"));
}

/** "Change your response" on the receipt page. */
export async function changeResponseAction(slug: string, token: string): Promise<void> {
  if (!isReadablePost([slug, token])) redirect("/consultations");
  let opened: Awaited<ReturnType<typeof startChange>>;
  try {
    await limitAttempt("link");
    opened = await startChange({ slug, receiptToken: token });
  } catch (error) {
    linkFailure(error, slug, respondPath(slug, "receipt", token));
  }
  await writeDraftToken(slug, opened.draftToken, opened.closesAt);
  redirect(respondPath(slug, "check-answers"));
}

/** "Yes, withdraw my response" on the withdraw page. */
export async function withdrawResponseAction(slug: string, token: string): Promise<void> {
  if (!isReadablePost([slug, token])) redirect("/consultations");
  try {
    await limitAttempt("link");
    await withdrawResponse({ slug, receiptToken: token });
  } catch (error) {
    linkFailure(error, slug, respondPath(slug, "receipt", token));
  }
  after(() => kickEmailOutbox());
  redirect(respondPath(slug, "receipt", token));
}

/** A link that no longer works goes back to its own page, which explains why. */
function linkFailure(error: unknown, slug: string, linkPage: string): never {
  if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) redirect(linkPage);
  respondentFailure(error, slug, {});
  throw error;
}
