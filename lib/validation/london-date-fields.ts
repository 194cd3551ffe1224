// GOV.UK date inputs post three fields (`${prefix}-day`, -month, -year). These helpers check
// them together and turn them into a UTC instant for a London day, with GOV.UK error wording.
import { z } from "@/lib/zod";
import { endOfLondonDay, startOfLondonDay } from "@/lib/consultations/london-time";

export const dateFieldShape = (prefix: string) => ({
  [`${prefix}-day`]: z.string().trim().optional(),
  [`${prefix}-month`]: z.string().trim().optional(),
  [`${prefix}-year`]: z.string().trim().optional(),
});

type TDateValues = Record<string, string | undefined>;

/**
 * Reads a date from the posted parts: undefined when all are empty, otherwise the London
 * instant or an error message. `edge` picks the start or the end (11:59pm) of the day.
 */
export function readLondonDate(
  values: TDateValues,
  prefix: string,
  label: string,
  edge: "start" | "end" = "start",
): Date | string | undefined {
  const [day, month, year] = ["day", "month", "year"].map((p) => values[`${prefix}-${p}`]?.trim() ?? "");
  if (!day && !month && !year) return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return `${label} must be a real date, for example 27 3 2027`;
  const make = edge === "start" ? startOfLondonDay : endOfLondonDay;
  return make(Number(year), Number(month), Number(day)) ?? `${label} must be a real date`;
}

/** Adds an issue at `prefix` (the error summary links it to `${prefix}-day`). */
export function requireDate(
  ctx: z.RefinementCtx,
  values: TDateValues,
  prefix: string,
  label: string,
  edge: "start" | "end",
  required: boolean,
): Date | undefined {
  const result = readLondonDate(values, prefix, label, edge);
  if (typeof result === "string") ctx.addIssue({ code: "custom", path: [prefix], message: result });
  else if (!result && required)
    ctx.addIssue({ code: "custom", path: [prefix], message: `Enter ${label.toLowerCase()}` });
  return result instanceof Date ? result : undefined;
}
