// The schema for a whole response, or for one page of it (issue #5). Visibility is decided
// from the answers being validated, with the same evaluator the renderer uses, so:
// hidden questions are never required, their answers are dropped, and keys that are not
// questions on the page are refused as tampering (issue #6).
import { z } from "@/lib/zod";
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import { type TAnswerSchemaOptions, type TAnswerValue, type TAnswers, answerSchemaFor } from "./answer-values";
import { isVisible } from "../conditions/conditions";
import { fieldNameForIssue } from "../forms/field-names";
import { MESSAGES } from "./messages";

export type TBuildAnswerSchemaOptions = TAnswerSchemaOptions & {
  /** Validate one page only; other pages' keys are then refused. */
  sectionKey?: string;
  /** Answers already given on earlier pages, which conditions on this page may depend on. */
  answersSoFar?: TAnswers;
  /**
   * Questions already answered another way (an Easy Read drawing or photo, issue #7): they
   * need no written answer, so a required one is checked as optional.
   */
  answeredOtherwise?: ReadonlySet<string>;
};

function assertSection(definition: TQuestionnaireDefinition, sectionKey: string | undefined): void {
  if (sectionKey !== undefined && !definition.sections.some((s) => s.key === sectionKey)) {
    // A programming error (a route passed a stale key), not a respondent's mistake.
    throw new Error(`Questionnaire has no section "${sectionKey}"`);
  }
}

/**
 * A zod schema from posted input (question key → loose value) to canonical answers.
 * Issue paths are `[questionKey, ...partPath]`; see validateAnswers for field names.
 */
export function buildAnswerSchema(
  definition: TQuestionnaireDefinition,
  options: TBuildAnswerSchemaOptions = {},
): z.ZodType<TAnswers> {
  const { sectionKey, answersSoFar = {}, answeredOtherwise } = options;
  assertSection(definition, sectionKey);
  const inScope = definition.sections.filter((s) => sectionKey === undefined || s.key === sectionKey);
  const answerable = new Set(inScope.flatMap((s) => s.questions.filter((q) => q.type !== "info").map((q) => q.key)));

  // One schema per question, made on first use: a schema built once validates many inputs
  // (a bulk import runs it on every row), and building zod schemas costs far more than using them.
  const schemas = new Map<string, z.ZodType<TAnswerValue | undefined>>();
  const schemaOf = (question: TQuestion) => {
    let schema = schemas.get(question.key);
    if (!schema) {
      const asked =
        question.required && answeredOtherwise?.has(question.key) ? { ...question, required: false } : question;
      schemas.set(question.key, (schema = answerSchemaFor(asked, options) as z.ZodType<TAnswerValue | undefined>));
    }
    return schema;
  };

  return z.record(z.string(), z.unknown(), { error: MESSAGES.unknownQuestion }).transform((input, ctx): TAnswers => {
    for (const key of Object.keys(input)) {
      if (!answerable.has(key)) ctx.addIssue({ code: "custom", path: [key], message: MESSAGES.unknownQuestion });
    }
    const answers: Record<string, TAnswerValue> = {};
    // What conditions see: earlier pages' answers, then this page's as they are validated.
    const known: Record<string, TAnswerValue> = {};
    const hidden = new Set<string>();
    for (const section of definition.sections) {
      const isTarget = sectionKey === undefined || section.key === sectionKey;
      const sectionShown = isVisible(section.showIf, known, hidden);
      for (const question of section.questions) {
        if (!sectionShown || !isVisible(question.showIf, known, hidden)) {
          hidden.add(question.key);
          continue;
        }
        if (question.type === "info") continue;
        if (!isTarget) {
          if (answersSoFar[question.key] !== undefined) known[question.key] = answersSoFar[question.key];
          continue;
        }
        const result = schemaOf(question).safeParse(input[question.key]);
        if (!result.success) {
          for (const issue of result.error.issues)
            ctx.addIssue({ code: "custom", path: [question.key, ...issue.path], message: issue.message });
        } else if (result.data !== undefined) {
          answers[question.key] = result.data;
          known[question.key] = result.data;
        }
      }
      // Later pages cannot affect this one (conditions only look back), so stop early.
      if (sectionKey !== undefined && section.key === sectionKey) break;
    }
    return answers;
  });
}

export type TValidateAnswersResult =
  | { ok: true; answers: TAnswers }
  | {
      ok: false;
      /** HTML field name → first message for it, in page order; link as `#${name}`. */
      fieldErrors: Record<string, string>;
    };

/** Runs buildAnswerSchema and turns issues into field errors for the GOV.UK error summary. */
export function validateAnswers(
  definition: TQuestionnaireDefinition,
  input: unknown,
  options: TBuildAnswerSchemaOptions = {},
): TValidateAnswersResult {
  const result = buildAnswerSchema(definition, options).safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  const questions = new Map<string, TQuestion>(
    definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)),
  );
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const [questionKey, ...rest] = issue.path;
    const question = typeof questionKey === "string" ? questions.get(questionKey) : undefined;
    const field = question ? fieldNameForIssue(question, rest) : String(questionKey ?? "");
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
