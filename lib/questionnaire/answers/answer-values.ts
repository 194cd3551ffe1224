// What an answer looks like in memory, per question type, and the one zod schema per question
// that turns loose input (posted form strings, a resumed draft, an import) into that value.
// The browser and the server action both call these schemas: there is no second copy of the
// rules (issue #5). Storage rows are a separate mapping (answer-rows.ts).
import { z } from "@/lib/zod";
import type { TQuestion, TQuestionType } from "../definition/definition";

export type { TChoiceValue, TMultipleChoiceValue } from "./choice-schemas";
import type { TChoiceValue, TMultipleChoiceValue } from "./choice-schemas";
import {
  likertGridSchema,
  multipleChoiceSchema,
  rankingSchema,
  ratingSchema,
  scaleSchema,
  singleChoiceSchema,
} from "./choice-schemas";
import { dateSchema } from "./date-answer";
import { emailSchema, numberSchema, postcodeSchema, textSchema } from "./value-schemas";

export type TYesNo = "yes" | "no" | "not-sure";

export type TAnswerValueByType = {
  shortText: string;
  longText: string;
  singleChoice: TChoiceValue;
  respondentType: TChoiceValue;
  multipleChoice: TMultipleChoiceValue;
  /** The chosen option key. */
  likert: string;
  yesNo: TYesNo;
  /** Statement key → chosen option key; unanswered statements are absent. */
  likertGrid: Record<string, string>;
  rating: number;
  number: number;
  /** Option keys, first choice first. */
  ranking: string[];
  /** ISO calendar date, yyyy-mm-dd. */
  date: string;
  /** The district ("HP20") unless the question has storeFull, then "HP20 1UA". */
  postcode: string;
  email: string;
  info: never;
};

export type TAnsweredType = Exclude<TQuestionType, "info">;
export type TAnswerValue = TAnswerValueByType[TAnsweredType];
export type TAnswerValueFor<Q extends TQuestion> = TAnswerValueByType[Q["type"]];

/** A response (or part of one): question key → value. Hidden and unanswered questions are absent. */
export type TAnswers = Readonly<Record<string, TAnswerValue>>;

export type TAnswerSchemaOptions = {
  /**
   * Today's date (yyyy-mm-dd, Europe/London) for date questions that refuse the future or
   * the past. Pass lib/clock's date on the server so tests and demos can move time; without
   * it the machine's current date is used.
   */
  today?: string;
};

/**
 * The schema for one question's answer. Input is whatever a form or import gives (strings,
 * string arrays, day/month/year parts); output is the canonical value, or undefined when the
 * question was left blank and is optional. Issue paths name the part at fault ("other",
 * "organisation", a statement key, a rank index, "day"/"month"/"year") so field-names.ts can
 * point the error summary at the right field.
 */
export function answerSchemaFor<Q extends TQuestion>(
  question: Q,
  options: TAnswerSchemaOptions = {},
): z.ZodType<TAnswerValueFor<Q> | undefined> {
  return schemaFor(question, options) as z.ZodType<TAnswerValueFor<Q> | undefined>;
}

// Information blocks ask nothing, so whatever arrives for one is dropped.
const infoSchema = z.unknown().transform(() => undefined);

function schemaFor(question: TQuestion, options: TAnswerSchemaOptions): z.ZodType<unknown> {
  switch (question.type) {
    case "shortText":
    case "longText":
      return textSchema(question);
    case "singleChoice":
    case "respondentType":
      return singleChoiceSchema(question);
    case "multipleChoice":
      return multipleChoiceSchema(question);
    case "likert":
      return scaleSchema(question, question.options);
    case "yesNo":
      return scaleSchema(question);
    case "likertGrid":
      return likertGridSchema(question);
    case "rating":
      return ratingSchema(question);
    case "ranking":
      return rankingSchema(question);
    case "number":
      return numberSchema(question);
    case "date":
      return dateSchema(question, options.today);
    case "postcode":
      return postcodeSchema(question);
    case "email":
      return emailSchema(question);
    case "info":
      return infoSchema;
  }
}
