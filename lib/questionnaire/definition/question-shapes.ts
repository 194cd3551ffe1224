// Facts about questions that the browser needs without the validation schemas: the fixed and
// default option lists, how many places a ranking has, the parts of a date and the text limits. This module
// imports no zod, so a page that only renders questions and reads its form does not download
// the schema library; the schema modules re-export these names, so either import works.
/** An option as the fixed lists need it; definition.ts's TOption (from its schema) matches it. */
type TFixedOption = { key: string; label: string; exclusive?: boolean; other?: boolean; organisation?: boolean };

export const LIKERT_OPTIONS: readonly TFixedOption[] = [
  { key: "strongly-agree", label: "Strongly agree" },
  { key: "agree", label: "Agree" },
  { key: "neither", label: "Neither agree nor disagree" },
  { key: "disagree", label: "Disagree" },
  { key: "strongly-disagree", label: "Strongly disagree" },
  { key: "dont-know", label: "Don't know", exclusive: true },
];

/**
 * The general "Responding as" list a new respondent type question starts with. Each
 * questionnaire keeps its own list in the question's options (officers edit it in the builder),
 * so analysis, filters, imports and exports read the questionnaire, never this default.
 */
export const RESPONDENT_TYPE_OPTIONS: readonly TFixedOption[] = [
  { key: "resident", label: "A resident" },
  { key: "service-user", label: "Someone who uses the service" },
  { key: "parent-carer", label: "A parent or carer" },
  { key: "young-person", label: "A young person" },
  { key: "carer", label: "A carer" },
  { key: "professional", label: "A professional" },
  { key: "provider", label: "A provider of services" },
  { key: "organisation", label: "Responding on behalf of an organisation", organisation: true },
  { key: "councillor", label: "A councillor" },
  { key: "other", label: "Other", other: true },
];

/** yesNo questions have fixed option keys so answers compare across questionnaires. */
export const YES_NO_OPTIONS: readonly TFixedOption[] = [
  { key: "yes", label: "Yes" },
  { key: "no", label: "No" },
  { key: "not-sure", label: "Not sure" },
];

/** How many positions a ranking asks for: rankCount, but never more than there are options. */
export const rankPositions = (question: { rankCount?: number; options: readonly unknown[] }): number =>
  Math.min(question.rankCount ?? question.options.length, question.options.length);

export const DATE_PARTS = ["day", "month", "year"] as const;
export type TDatePart = (typeof DATE_PARTS)[number];
export type TDateParts = Partial<Record<TDatePart, string>>;

/** Splits "2024-03-09" into parts, so a stored value re-fills the three boxes. */
export function isoToParts(iso: string): TDateParts {
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Limits for free text that officers do not set, so one response cannot be megabytes. */
export const FOLLOW_UP_MAX_CHARS = 200;
export const LONG_TEXT_MAX_CHARS = 10_000;
