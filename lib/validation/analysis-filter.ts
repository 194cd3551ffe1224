// The analysis pages' filters (issue #9), read from the query string of a GET form so they
// work without JavaScript. A value that is not in the list is an error shown on the page.
import { z } from "@/lib/zod";
import { CHANNELS, COMPLETED_HOW } from "@/lib/respond/channels";

const blankToUndefined = (v: string | undefined) => v?.trim() || undefined;
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.string().optional().transform(blankToUndefined).pipe(schema.optional());

export const ANALYSIS_SPLITS = ["none", "format", "channel"] as const;
export type TAnalysisSplit = (typeof ANALYSIS_SPLITS)[number];

export const CAMPAIGN_MODES = ["include", "exclude"] as const;

export const ZAnalysisFilterSchema = z.object({
  channel: optional(z.enum(CHANNELS, { error: "Select a channel from the list" })),
  format: optional(z.enum(["STANDARD", "EASY_READ"], { error: "Select a format from the list" })),
  completedHow: optional(z.enum(COMPLETED_HOW, { error: "Select how the response was completed from the list" })),
  respondentType: optional(
    z
      .string()
      .max(60)
      .regex(/^[a-z][a-z0-9-]*$/, "Select a respondent type from the list"),
  ),
  district: optional(
    z
      .string()
      .max(4, "Enter a postcode district like HP20")
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?$/, "Enter a postcode district like HP20")),
  ),
  /** Responses in a campaign (10+ near-identical comments, found by running free-text themes): only those, or leave them out. */
  campaigns: optional(z.enum(CAMPAIGN_MODES, { error: "Select whether to include campaign responses from the list" })),
  split: z.enum(ANALYSIS_SPLITS).catch("none"),
  crossBy: optional(z.string().max(130)),
  crossWith: optional(z.string().max(130)),
});
export type TAnalysisFilterInput = z.output<typeof ZAnalysisFilterSchema>;

/** Which responses the figures cover; `campaign` comes from the free-text campaign detection. */
export type TAnalysisFilter = Omit<TAnalysisFilterInput, "split" | "crossBy" | "crossWith" | "campaigns"> & {
  campaign?: { mode: "include" | "exclude"; responseIds: string[] };
};

export function analysisFilterInput(query: Readonly<Record<string, string | string[] | undefined>>) {
  const pick = (key: string) => {
    const value = query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return Object.fromEntries(
    [
      "channel",
      "format",
      "completedHow",
      "respondentType",
      "district",
      "campaigns",
      "split",
      "crossBy",
      "crossWith",
    ].map((k) => [k, pick(k)]),
  );
}
