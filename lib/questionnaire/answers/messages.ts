// The message catalogue for respondents' errors (anchors-easyread-a11y.md F-04: specific
// messages from one catalogue, never a generic "Invalid"). Wording follows the GOV.UK Design
// System patterns: say what to do ("Select…", "Enter…"), in plain English, without blame.
import type { TOption, TQuestion } from "../definition/definition";

/** Strips the trailing full stop or colon so a statement reads inside a sentence. */
function phrase(text: string): string {
  const trimmed = text.trim().replace(/[.:;]+$/, "");
  // Lower-case the first letter only when the word looks ordinary ("Where" → "where"), so
  // "I", acronyms ("EHCP") and names keep their capitals.
  return /^[A-Z][a-z]/.test(trimmed) && !/^I\b/.test(trimmed) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
}

const quoted = (text: string): string => `'${text.trim()}'`;
const count = (n: number): string => n.toLocaleString("en-GB");

/** True when the options are an agreement scale, so "how much you agree" makes sense. */
export function isAgreementScale(options: readonly TOption[]): boolean {
  const keys = new Set(options.map((o) => o.key));
  return keys.has("agree") && keys.has("disagree");
}

/** "Select how much you agree that …" for statements; a neutral message for questions. */
export function selectAgreementMessage(statement: string, options: readonly TOption[]): string {
  const text = statement.trim();
  const askedAsQuestion = /^how much do you agree (with|that) (.+)\?$/i.exec(text);
  if (askedAsQuestion) return `Select how much you agree ${askedAsQuestion[1].toLowerCase()} ${askedAsQuestion[2]}`;
  if (isAgreementScale(options) && !text.endsWith("?")) return `Select how much you agree that ${phrase(text)}`;
  return `Select an answer for ${quoted(text)}`;
}

/** The message for a required question left unanswered. */
export function requiredMessage(question: TQuestion): string {
  if (question.requiredMessage) return question.requiredMessage;
  switch (question.type) {
    case "likert":
      return selectAgreementMessage(question.title, question.options);
    case "multipleChoice":
      return `Select at least one option for ${quoted(question.title)}`;
    case "singleChoice":
    case "respondentType":
    case "yesNo":
    case "rating":
    case "likertGrid":
      return `Select an answer for ${quoted(question.title)}`;
    case "ranking":
      return MESSAGES.rankMissing(1);
    case "number":
      return `Enter a number for ${quoted(question.title)}`;
    case "date":
      return `Enter a date for ${quoted(question.title)}`;
    case "postcode":
      return question.storeFull
        ? "Enter a postcode, like HP20 1UA"
        : "Enter a postcode, or the first part of one, like HP20";
    case "email":
      return "Enter an email address";
    case "shortText":
    case "longText":
    case "info":
      return `Enter an answer for ${quoted(question.title)}`;
  }
}

const ORDINALS = ["1st", "2nd", "3rd"];
export const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

export const MESSAGES = {
  /** A value that was never offered: tampered input or a stale form. */
  notAnOption: "Select an option from the list",
  unknownQuestion: "This answer is not part of the questionnaire",
  maxChars: (max: number) => `Enter no more than ${count(max)} characters`,
  maxWords: (max: number) => `Enter no more than ${count(max)} words`,
  text: "Enter your answer as text",
  otherText: (label: string) => `Tell us what you mean by ${quoted(label)}`,
  organisationName: "Enter the name of your organisation",
  exclusive: (label: string) => `Select ${quoted(label)} on its own, or clear it to choose other options`,
  maxChoices: (max: number) => `Select no more than ${max} ${max === 1 ? "option" : "options"}`,
  rankMissing: (rank: number) => `Select your ${ordinal(rank)} choice`,
  rankGap: (rank: number, later: number) => `Select your ${ordinal(rank)} choice before your ${ordinal(later)} choice`,
  rankDuplicate: (label: string) => `Choose ${quoted(label)} only once`,
  rating: (min: number, max: number) => `Select a rating from ${min} to ${max}`,
  number: "Enter a number, like 12",
  wholeNumber: "Enter a whole number, like 12",
  numberBetween: (min: number, max: number) => `Enter a number between ${min} and ${max}`,
  numberAtLeast: (min: number) => `Enter a number that is ${min} or more`,
  numberAtMost: (max: number) => `Enter a number that is ${max} or less`,
  dateMissing: (parts: readonly string[]) => `The date must include a ${parts.join(" and ")}`,
  dateReal: "The date must be a real date",
  dateYear: "Year must include 4 numbers",
  dateNotFuture: "The date must be today or in the past",
  dateNotPast: "The date must be today or in the future",
  postcodeFull: "Enter a full UK postcode, like HP20 1UA",
  postcodeOrDistrict: "Enter a real UK postcode, or the first part of one, like HP20",
  email: "Enter an email address in the correct format, like name@example.com",
} as const;
