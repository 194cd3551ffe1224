// Names of the respondent forms' own fields (as opposed to answer fields), and the state their
// server actions return, shared by the forms (components/respond) and the actions.
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";

/**
 * The field bots fill in and people never see (issue #6: "a honeypot field"). Named so that
 * browsers and password managers have no reason to autofill it.
 */
export const HONEYPOT_FIELD = "hys-leave-empty";

export const CONTROL_FIELDS = {
  /** The questionnaire version the page was rendered for. */
  versionId: "versionId",
  /** "check-answers" after following a "Change" link. */
  returnTo: "returnTo",
  /** Which button was pressed: "continue", "save-later" or "skip". */
  intent: "intent",
  submissionKey: "submissionKey",
} as const;

export const SAVE_LATER_INTENT = "save-later";
/** Easy Read's "Skip this question": move on, leaving this page unanswered (issue #7). */
export const SKIP_INTENT = "skip";
export const RETURN_TO_CHECK_ANSWERS = "check-answers";

const CONTROL_NAMES = new Set<string>([...Object.values(CONTROL_FIELDS), HONEYPOT_FIELD]);

/** True for fields that are not answers: ours, and the ones React adds to forms posted without JavaScript. */
export function isControlField(name: string): boolean {
  return CONTROL_NAMES.has(name) || name.startsWith("$ACTION");
}

/** What a respondent form's server action returns when it does not redirect. */
export type TRespondentFormState = {
  /** Field name → message, shown inline and in the error summary. */
  fieldErrors: Readonly<Record<string, string>>;
  /** A problem with the page as a whole. */
  formError?: string;
  /** What was posted, so a page rendered without JavaScript keeps every answer. */
  values: TFormValues;
} | null;
