// "Save and come back later" keeps what is valid on the page and drops the rest (issue #6):
// a half-typed date or an over-long answer must not stop someone leaving, but it must not be
// stored either. Required questions are not required for this save; they are checked again
// when the person continues or submits.
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { type TBuildAnswerSchemaOptions, validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { fieldNamesFor } from "@/lib/questionnaire/forms/field-names";

function withoutRequired(definition: TQuestionnaireDefinition): TQuestionnaireDefinition {
  return {
    ...definition,
    sections: definition.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({ ...q, required: false })),
    })),
  };
}

/** The valid answers on one page; questions whose input has a problem are left out. */
export function validPartOfPage(
  definition: TQuestionnaireDefinition,
  input: Record<string, unknown>,
  options: TBuildAnswerSchemaOptions & { sectionKey: string },
): TAnswers {
  const relaxed = withoutRequired(definition);
  const first = validateAnswers(relaxed, input, options);
  if (first.ok) return first.answers;
  const questionOfField = new Map<string, string>();
  for (const question of relaxed.sections.flatMap((s) => s.questions)) {
    questionOfField.set(question.key, question.key);
    for (const name of fieldNamesFor(question)) questionOfField.set(name, question.key);
  }
  const failing = new Set(Object.keys(first.fieldErrors).map((field) => questionOfField.get(field) ?? field));
  const kept = Object.fromEntries(Object.entries(input).filter(([key]) => !failing.has(key)));
  // Dropping an answer can hide a follow-up, so validate what is left once more.
  const second = validateAnswers(relaxed, kept, options);
  return second.ok ? second.answers : {};
}
