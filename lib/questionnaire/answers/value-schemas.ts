// Schemas for typed-in answers: text, numbers, postcodes and email addresses.
import { z } from "@/lib/zod";
import type { TQuestionOf } from "../definition/definition";
import { MESSAGES } from "./messages";
import { parsePostcode } from "./postcode";
import { LONG_TEXT_MAX_CHARS, answerSchema, countChars, countWords, normaliseText } from "./schema-helpers";

export function textSchema(question: TQuestionOf<"shortText"> | TQuestionOf<"longText">) {
  // Long text without an officer's limit still gets a ceiling, so one answer cannot be megabytes.
  const maxChars = question.maxChars ?? LONG_TEXT_MAX_CHARS;
  const maxWords = question.type === "longText" ? question.maxWords : undefined;
  let value = z.string({ error: MESSAGES.text });
  if (maxWords !== undefined) value = value.refine((text) => countWords(text) <= maxWords, MESSAGES.maxWords(maxWords));
  value = value.refine((text) => countChars(text) <= maxChars, MESSAGES.maxChars(maxChars));
  return answerSchema(question, normaliseText, value);
}

/** GOV.UK: ignore stray spaces and thousands separators people type into numbers ("1,000"). */
function normaliseNumber(input: unknown): unknown {
  const text = normaliseText(input);
  return typeof text === "string" ? text.replace(/[\s,]/g, "") : text;
}

export function numberSchema(question: TQuestionOf<"number">) {
  const { min, max, integer } = question;
  const notANumber = integer ? MESSAGES.wholeNumber : MESSAGES.number;
  const value = z
    .union([z.number(), z.string().regex(/^[-+]?(\d+\.?\d*|\.\d+)$/, notANumber)], { error: notANumber })
    .transform(Number)
    .superRefine((n, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (!Number.isFinite(n)) return fail(notANumber);
      if (integer && !Number.isInteger(n)) return fail(MESSAGES.wholeNumber);
      if (min !== undefined && max !== undefined && (n < min || n > max)) return fail(MESSAGES.numberBetween(min, max));
      if (min !== undefined && n < min) return fail(MESSAGES.numberAtLeast(min));
      if (max !== undefined && n > max) return fail(MESSAGES.numberAtMost(max));
    });
  return answerSchema(question, normaliseNumber, value);
}

export function postcodeSchema(question: TQuestionOf<"postcode">) {
  const message = question.storeFull ? MESSAGES.postcodeFull : MESSAGES.postcodeOrDistrict;
  const value = z.string({ error: message }).transform((input, ctx): string => {
    const parsed = parsePostcode(input);
    if (question.storeFull) {
      if (parsed?.kind === "full") return parsed.postcode;
    } else if (parsed) {
      // Only the district is kept: enough to map responses, not enough to find a home.
      return parsed.district;
    }
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
  return answerSchema(question, normaliseText, value);
}

export function emailSchema(question: TQuestionOf<"email">) {
  // 254 characters is the longest address SMTP can deliver to (RFC 5321 path limit).
  const value = z
    .string({ error: MESSAGES.email })
    .max(254, MESSAGES.email)
    .pipe(z.email({ error: MESSAGES.email }));
  return answerSchema(question, normaliseText, value);
}
