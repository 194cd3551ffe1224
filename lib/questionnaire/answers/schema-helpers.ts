// Pieces every answer schema shares: what counts as "not answered", how required questions
// report it, and how text is measured against limits.
import { z } from "@/lib/zod";
import type { TQuestion } from "../definition/definition";
import { requiredMessage } from "./messages";
import { CONTROL_CHARACTER_MESSAGE, containsControlCharacters } from "@/lib/text/control-characters";

export type TIssue = { path: PropertyKey[]; message: string };

/**
 * Builds a question's schema from three parts:
 * - `normalise` tidies loose input and returns undefined for "not answered" (blank strings,
 *   no boxes ticked), so optional questions can be skipped;
 * - `value` validates a given answer and returns the canonical value;
 * - `requiredIssues` lists what to say when a required question is skipped (defaults to the
 *   question's single required message; grids and rankings name each missing row).
 */
export function answerSchema<T>(
  question: TQuestion,
  normalise: (input: unknown) => unknown,
  value: z.ZodType<T>,
  requiredIssues: () => TIssue[] = () => [{ path: [], message: requiredMessage(question) }],
): z.ZodType<T | undefined> {
  return z.unknown().transform((input, ctx): T | undefined => {
    const normalised = normalise(input);
    if (normalised === undefined) {
      if (question.required) for (const issue of requiredIssues()) ctx.addIssue({ code: "custom", ...issue, input });
      return undefined;
    }
    // Before any other rule: a NUL byte would reach PostgreSQL, which refuses it (issue #15).
    if (containsControlCharacters(normalised)) {
      ctx.addIssue({ code: "custom", path: [], message: CONTROL_CHARACTER_MESSAGE, input });
      return z.NEVER;
    }
    const result = value.safeParse(normalised);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input });
    return z.NEVER;
  });
}

/** Trims text and treats blank as not answered; line endings become "\n" so counts match the browser's. */
export function normaliseText(input: unknown): unknown {
  if (input === null || input === undefined) return undefined;
  if (typeof input !== "string") return input;
  const text = input.replace(/\r\n?/g, "\n").trim();
  return text === "" ? undefined : text;
}

/** Like normaliseText, but only for strings; anything else is left for the schema to refuse. */
export function optionalText(input: unknown): string | undefined {
  const text = normaliseText(input);
  return typeof text === "string" ? text : undefined;
}

/** Characters as people count them: code points, so an emoji is one. */
export const countChars = (text: string): number => [...text].length;

/** Words as the GOV.UK character count component counts them: runs of non-space. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Limits for free text that officers do not set (defined in question-shapes.ts, for the browser). */
export { FOLLOW_UP_MAX_CHARS, LONG_TEXT_MAX_CHARS } from "../definition/question-shapes";
