// Date answers. Forms post day, month and year separately (the GOV.UK date input); the stored
// value is an ISO yyyy-mm-dd string. Messages follow the GOV.UK date input pattern and name
// the part at fault so the error summary links to it.
import { z } from "@/lib/zod";
import type { TQuestionOf } from "../definition/definition";
import { londonDay } from "@/lib/text/dates";
import { MESSAGES } from "./messages";
import { DATE_PARTS, isoToParts, type TDatePart, type TDateParts } from "../definition/question-shapes";
import { answerSchema, optionalText } from "./schema-helpers";

export { DATE_PARTS, isoToParts, type TDatePart, type TDateParts };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "3", "03", "Mar" or "March" → 3; GOV.UK asks services to accept month names. */
function parseMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index === -1 ? undefined : index + 1;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function normalise(input: unknown): unknown {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "string") return optionalText(input);
  if (typeof input !== "object" || Array.isArray(input)) return input;
  const source = input as Record<string, unknown>;
  const parts: TDateParts = {};
  for (const part of DATE_PARTS) {
    const text = optionalText(source[part]);
    if (text !== undefined) parts[part] = text.replace(/\s/g, "");
  }
  return Object.keys(parts).length === 0 ? undefined : parts;
}

const ZDateInput = z.union(
  [z.string(), z.object({ day: z.string().optional(), month: z.string().optional(), year: z.string().optional() })],
  {
    error: MESSAGES.dateReal,
  },
);

export function dateSchema(question: TQuestionOf<"date">, today: string = londonDay(new Date())) {
  const value = ZDateInput.transform((input, ctx): string => {
    const fail = (message: string, path: TDatePart[] = []) => {
      ctx.addIssue({ code: "custom", message, path });
      return z.NEVER;
    };
    let parts: TDateParts;
    if (typeof input === "string") {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) return fail(MESSAGES.dateReal);
      parts = isoToParts(input);
    } else {
      parts = input;
    }
    const missing = DATE_PARTS.filter((part) => !parts[part]);
    if (missing.length > 0) return fail(MESSAGES.dateMissing(missing), [missing[0]]);
    const day = /^\d{1,2}$/.test(parts.day!) ? Number(parts.day) : NaN;
    const month = parseMonth(parts.month!);
    if (!/^\d+$/.test(parts.year!)) return fail(MESSAGES.dateReal, ["year"]);
    if (parts.year!.length !== 4) return fail(MESSAGES.dateYear, ["year"]);
    const year = Number(parts.year);
    if (Number.isNaN(day) || month === undefined) return fail(MESSAGES.dateReal, [Number.isNaN(day) ? "day" : "month"]);
    // Date.UTC rolls 31 February into March; a real date survives the round trip.
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
      return fail(MESSAGES.dateReal);
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    // ISO dates compare correctly as strings.
    if (question.allowedDates === "pastOrToday" && iso > today) return fail(MESSAGES.dateNotFuture);
    if (question.allowedDates === "todayOrFuture" && iso < today) return fail(MESSAGES.dateNotPast);
    return iso;
  });
  return answerSchema(question, normalise, value);
}
