// The questionnaire definition: the JSON frozen into a QuestionnaireVersion at publish.
// It drives the respondent forms, server-side validation, analysis and exports, so it is
// pure data checked by zod (anchors-code-style.md §8-9). Question keys are stable across
// versions; analysis joins on them.
import { z } from "@/lib/zod";
import { ZEasyReadBlock } from "../easy-read/summary";
import { LIKERT_OPTIONS, RESPONDENT_TYPE_OPTIONS, YES_NO_OPTIONS } from "./question-shapes";

/** Stable, slug-like identifier: lower case letters, digits and hyphens. */
export const ZKey = z
  .string()
  .min(1, "Enter a key")
  .max(60, "Keys must be 60 characters or fewer")
  .regex(/^[a-z][a-z0-9-]*$/, "Keys use lower-case letters, numbers and hyphens, starting with a letter");

export const ZOption = z.object({
  key: ZKey,
  label: z.string().min(1, "Enter the option text"),
  hint: z.string().optional(),
  /** Exclusive options ("None of these", "Prefer not to say") clear the others. */
  exclusive: z.boolean().optional(),
  /** "Other, please specify": choosing it requires the follow-up text. */
  other: z.boolean().optional(),
  /**
   * respondentType only: choosing it asks for the organisation's name, stored in the answer's
   * text like an "Other" answer (issue #5, "on behalf of an organisation with its name").
   */
  organisation: z.boolean().optional(),
  image: z.string().optional(),
});
export type TOption = z.infer<typeof ZOption>;

/**
 * What a condition looks at: a question key, or `grid.statement` for one statement of a
 * Likert grid (its answer row is stored under that key too).
 */
export const ZConditionTarget = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?$/,
    "Point the condition at a question key, or at grid-key.statement-key",
  );

/** Show a question or section only when earlier answers match. */
export const ZCondition = z.object({
  questionKey: ZConditionTarget,
  operator: z.enum(["equals", "includes", "notIncludes"]),
  values: z.array(z.string()).min(1, "Choose at least one answer for the condition"),
});
export const ZDisplayRule = z.object({
  combinator: z.enum(["and", "or"]).default("and"),
  conditions: z.array(ZCondition).min(1, "Add at least one condition"),
});
export type TCondition = z.infer<typeof ZCondition>;
export type TDisplayRule = z.infer<typeof ZDisplayRule>;

const base = {
  key: ZKey,
  title: z.string().min(1, "Enter the question"),
  hint: z.string().optional(),
  required: z.boolean().default(false),
  /** Overrides the generated "Select an answer for …" message when a required question is skipped. */
  requiredMessage: z.string().min(1).optional(),
  topicCode: z.string().optional(),
  showIf: ZDisplayRule.optional(),
  /** Easy Read: the standard question key this answers (see the Easy Read issue). */
  answersKey: ZKey.optional(),
  /**
   * Easy Read: for each of this question's option keys, the standard option it counts as, or
   * null when it has no standard equivalent (the Easy Read answer is still kept). Analysis
   * merges the two formats through this map (lib/questionnaire/easy-read/option-map.ts).
   */
  optionMap: z.record(ZKey, ZKey.nullable()).optional(),
  image: z.string().optional(),
};

// The fixed option lists live in question-shapes.ts (no zod there, for the browser).
export { LIKERT_OPTIONS, RESPONDENT_TYPE_OPTIONS, YES_NO_OPTIONS };

const ZOptions = z.array(ZOption).min(2, "Add at least 2 options");

export const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("shortText"), maxChars: z.number().int().positive().default(200) }),
  z.object({
    ...base,
    type: z.literal("longText"),
    maxWords: z.number().int().positive().optional(),
    maxChars: z.number().int().positive().optional(),
    /** Easy Read: people may send a drawing or photo instead of, or as well as, writing (issue #7). */
    allowDrawing: z.boolean().optional(),
  }),
  z.object({ ...base, type: z.literal("singleChoice"), options: ZOptions }),
  z.object({
    ...base,
    type: z.literal("multipleChoice"),
    options: ZOptions,
    maxChoices: z.number().int().positive().optional(),
  }),
  z.object({ ...base, type: z.literal("likert"), options: ZOptions.default([...LIKERT_OPTIONS]) }),
  z.object({
    ...base,
    type: z.literal("likertGrid"),
    statements: z
      .array(z.object({ key: ZKey, label: z.string().min(1, "Enter the statement"), topicCode: z.string().optional() }))
      .min(1, "Add at least 1 statement"),
    options: ZOptions.default([...LIKERT_OPTIONS]),
  }),
  z.object({
    ...base,
    type: z.literal("rating"),
    min: z.number().int().default(1),
    max: z.number().int().default(5),
    minLabel: z.string().optional(),
    maxLabel: z.string().optional(),
  }),
  z.object({
    ...base,
    type: z.literal("ranking"),
    options: ZOptions,
    rankCount: z.number().int().positive().optional(),
  }),
  z.object({ ...base, type: z.literal("yesNo") }),
  z.object({
    ...base,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
  }),
  z.object({
    ...base,
    type: z.literal("date"),
    /** Most consultation dates are about the past ("when did you last…"); say so when not. */
    allowedDates: z.enum(["pastOrToday", "todayOrFuture", "any"]).default("pastOrToday"),
  }),
  z.object({ ...base, type: z.literal("postcode"), storeFull: z.boolean().default(false) }),
  z.object({ ...base, type: z.literal("email") }),
  z.object({ ...base, type: z.literal("respondentType"), options: ZOptions.default([...RESPONDENT_TYPE_OPTIONS]) }),
  z.object({ ...base, type: z.literal("info"), body: z.string().default(""), imageAlt: z.string().optional() }),
]);
export type TQuestion = z.infer<typeof ZQuestion>;
export type TQuestionType = TQuestion["type"];
export type TQuestionOf<T extends TQuestionType> = Extract<TQuestion, { type: T }>;

export const ZSection = z.object({
  key: ZKey,
  title: z.string().min(1, "Enter the page title"),
  intro: z.string().optional(),
  showIf: ZDisplayRule.optional(),
  questions: z.array(ZQuestion),
});
export type TSection = z.infer<typeof ZSection>;

export const ZQuestionnaireDefinition = z.object({
  format: z.enum(["STANDARD", "EASY_READ"]),
  title: z.string().min(1),
  intro: z.string().optional(),
  /**
   * Easy Read: what the consultation is about, for the Easy Read start page, in short blocks of
   * words each with a picture. Officers write it in the builder; publishing warns while it is
   * missing (issue #16: the start page used to say the same words for every consultation).
   */
  introBlocks: z.array(ZEasyReadBlock).optional(),
  /** Minutes, for "how long it takes" on the start page. */
  estimatedMinutes: z.number().int().positive().optional(),
  sections: z.array(ZSection).min(1, "Add at least one page"),
});
export type TQuestionnaireDefinition = z.infer<typeof ZQuestionnaireDefinition>;
export type TQuestionnaireDefinitionInput = z.input<typeof ZQuestionnaireDefinition>;
