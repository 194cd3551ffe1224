// Schemas for questions answered by choosing from a list: radios, checkboxes, scales, grids,
// rankings and ratings. Every chosen key must be one the question offers, so tampered input
// is refused (issue #6).
import { z } from "@/lib/zod";
import { type TOption, type TQuestionOf, YES_NO_OPTIONS } from "../definition/definition";
import { MESSAGES, selectAgreementMessage } from "./messages";
import { FOLLOW_UP_MAX_CHARS, answerSchema, countChars, optionalText } from "./schema-helpers";
import { rankPositions } from "../definition/question-shapes";

/** A radio answer; `text` holds the "Other" text or the organisation's name. */
export type TChoiceValue = { optionKey: string; text?: string };
/** A checkbox answer; option keys in the questionnaire's order, `text` for "Other". */
export type TMultipleChoiceValue = { optionKeys: string[]; text?: string };

type TFollowUp = { field: "other" | "organisation"; message: string };

/** The text box an option reveals, if any: "Other, please specify" or the organisation's name. */
export function followUpFor(option: TOption): TFollowUp | undefined {
  if (option.other) return { field: "other", message: MESSAGES.otherText(option.label) };
  if (option.organisation) return { field: "organisation", message: MESSAGES.organisationName };
  return undefined;
}

/** Checks the revealed text; returns the issue, or undefined when it is fine. */
function followUpIssue(followUp: TFollowUp, text: string | undefined): { path: string[]; message: string } | undefined {
  if (!text) return { path: [followUp.field], message: followUp.message };
  if (countChars(text) > FOLLOW_UP_MAX_CHARS)
    return { path: [followUp.field], message: MESSAGES.maxChars(FOLLOW_UP_MAX_CHARS) };
  return undefined;
}

const ZChoiceInput = z.object({ optionKey: z.string(), text: z.string().optional() }, { error: MESSAGES.notAnOption });

export function singleChoiceSchema(question: TQuestionOf<"singleChoice"> | TQuestionOf<"respondentType">) {
  const normalise = (input: unknown): unknown => {
    if (typeof input === "string") input = { optionKey: input };
    if (input === null || typeof input !== "object" || Array.isArray(input)) return input ?? undefined;
    const { optionKey, text } = input as Record<string, unknown>;
    const key = optionalText(optionKey);
    // Text typed into a revealed box without choosing its option is not an answer.
    return key === undefined ? undefined : { optionKey: key, text: optionalText(text) };
  };
  const value = ZChoiceInput.transform((input, ctx): TChoiceValue => {
    const option = question.options.find((o) => o.key === input.optionKey);
    if (!option) {
      ctx.addIssue({ code: "custom", message: MESSAGES.notAnOption });
      return z.NEVER;
    }
    const followUp = followUpFor(option);
    if (!followUp) return { optionKey: option.key };
    const issue = followUpIssue(followUp, input.text);
    if (issue) {
      ctx.addIssue({ code: "custom", ...issue });
      return z.NEVER;
    }
    return { optionKey: option.key, text: input.text };
  });
  return answerSchema(question, normalise, value);
}

const ZMultipleInput = z.object(
  { optionKeys: z.array(z.string()), text: z.string().optional() },
  { error: MESSAGES.notAnOption },
);

export function multipleChoiceSchema(question: TQuestionOf<"multipleChoice">) {
  const normalise = (input: unknown): unknown => {
    if (typeof input === "string" || Array.isArray(input))
      input = { optionKeys: typeof input === "string" ? [input] : input };
    if (input === null || typeof input !== "object") return input ?? undefined;
    const { optionKeys, text } = input as Record<string, unknown>;
    if (!Array.isArray(optionKeys)) return input;
    const keys = [...new Set(optionKeys.map(optionalText).filter((k): k is string => k !== undefined))];
    return keys.length === 0 ? undefined : { optionKeys: keys, text: optionalText(text) };
  };
  const value = ZMultipleInput.transform((input, ctx): TMultipleChoiceValue => {
    const fail = (issue: { path?: string[]; message: string }) => {
      ctx.addIssue({ code: "custom", ...issue });
      return z.NEVER;
    };
    const chosen = new Set(input.optionKeys);
    if (input.optionKeys.some((key) => !question.options.some((o) => o.key === key)))
      return fail({ message: MESSAGES.notAnOption });
    // Keep the questionnaire's order, so equal answers compare equal however they were posted.
    const options = question.options.filter((o) => chosen.has(o.key));
    const exclusive = options.find((o) => o.exclusive);
    if (exclusive && options.length > 1) return fail({ message: MESSAGES.exclusive(exclusive.label) });
    if (question.maxChoices !== undefined && options.length > question.maxChoices)
      return fail({ message: MESSAGES.maxChoices(question.maxChoices) });
    const other = options.find((o) => o.other);
    if (!other) return { optionKeys: options.map((o) => o.key) };
    const issue = followUpIssue(followUpFor(other)!, input.text);
    if (issue) return fail(issue);
    return { optionKeys: options.map((o) => o.key), text: input.text };
  });
  return answerSchema(question, normalise, value);
}

/** Radios on a fixed scale whose value is just the option key: likert and yes/no/not sure. */
export function scaleSchema(
  question: TQuestionOf<"likert"> | TQuestionOf<"yesNo">,
  options: readonly TOption[] = YES_NO_OPTIONS,
) {
  const keys = options.map((o) => o.key);
  const value = z.string({ error: MESSAGES.notAnOption }).refine((key) => keys.includes(key), MESSAGES.notAnOption);
  return answerSchema(question, optionalTextOrSame, value);
}

export function likertGridSchema(question: TQuestionOf<"likertGrid">) {
  const keys = new Set(question.options.map((o) => o.key));
  const missing = () =>
    question.statements.map((s) => ({ path: [s.key], message: selectAgreementMessage(s.label, question.options) }));
  const normalise = (input: unknown): unknown => {
    if (input === null || input === undefined) return undefined;
    if (typeof input !== "object" || Array.isArray(input)) return input;
    const given = Object.entries(input as Record<string, unknown>).filter(
      ([, v]) => optionalTextOrSame(v) !== undefined,
    );
    return given.length === 0 ? undefined : Object.fromEntries(given.map(([k, v]) => [k, optionalTextOrSame(v)]));
  };
  const value = z.record(z.string(), z.unknown(), { error: MESSAGES.notAnOption }).transform((input, ctx) => {
    const statementKeys = new Set(question.statements.map((s) => s.key));
    for (const key of Object.keys(input)) {
      if (!statementKeys.has(key)) ctx.addIssue({ code: "custom", path: [key], message: MESSAGES.unknownQuestion });
    }
    const answer: Record<string, string> = {};
    for (const statement of question.statements) {
      const chosen = input[statement.key];
      if (chosen === undefined) {
        if (question.required)
          ctx.addIssue({
            code: "custom",
            path: [statement.key],
            message: selectAgreementMessage(statement.label, question.options),
          });
      } else if (typeof chosen !== "string" || !keys.has(chosen)) {
        ctx.addIssue({ code: "custom", path: [statement.key], message: MESSAGES.notAnOption });
      } else {
        answer[statement.key] = chosen;
      }
    }
    return answer;
  });
  return answerSchema(question, normalise, value, missing);
}

export { rankPositions };

export function rankingSchema(question: TQuestionOf<"ranking">) {
  const positions = rankPositions(question);
  const missing = () =>
    Array.from({ length: positions }, (_, i) => ({ path: [i], message: MESSAGES.rankMissing(i + 1) }));
  const normalise = (input: unknown): unknown => {
    if (!Array.isArray(input)) return input ?? undefined;
    const ranks = input.map(optionalTextOrSame);
    return ranks.every((r) => r === undefined) ? undefined : ranks;
  };
  const value = z.array(z.unknown(), { error: MESSAGES.notAnOption }).transform((ranks, ctx): string[] => {
    const issue = (index: number, message: string) => ctx.addIssue({ code: "custom", path: [index], message });
    const seen = new Set<string>();
    const lastFilled = ranks.findLastIndex((r) => r !== undefined);
    for (let i = 0; i < Math.max(positions, ranks.length); i++) {
      const key = ranks[i];
      if (key === undefined) {
        if (question.required && i < positions) issue(i, MESSAGES.rankMissing(i + 1));
        else if (i < lastFilled) issue(i, MESSAGES.rankGap(i + 1, lastFilled + 1));
        continue;
      }
      const option = question.options.find((o) => o.key === key);
      if (i >= positions || !option) issue(i, MESSAGES.notAnOption);
      else if (seen.has(option.key)) issue(i, MESSAGES.rankDuplicate(option.label));
      seen.add(String(key));
    }
    return ranks.filter((r): r is string => typeof r === "string");
  });
  return answerSchema(question, normalise, value, missing);
}

export function ratingSchema(question: TQuestionOf<"rating">) {
  const message = MESSAGES.rating(question.min, question.max);
  const value = z
    .union([z.number(), z.string().regex(/^-?\d+$/, message)], { error: message })
    .transform(Number)
    .refine((n) => Number.isInteger(n) && n >= question.min && n <= question.max, message);
  return answerSchema(question, optionalTextOrSame, value);
}

/** Blank strings are "not answered"; other strings are trimmed; anything else is left for the schema to judge. */
function optionalTextOrSame(input: unknown): unknown {
  return typeof input === "string" ? optionalText(input) : (input ?? undefined);
}
