// Answers ⇄ `Answer` rows, following the storage convention agreed with the seed (one row per
// question key; a Likert grid has one row per statement, keyed `grid.statement`). Analysis is
// SQL over these rows, merged across versions and formats by question key (ARCHITECTURE.md).
// Email addresses are contact data: they never become Answer rows (UK GDPR; issue #5).
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import type { TAnswerValue, TAnswers, TChoiceValue, TMultipleChoiceValue } from "./answer-values";
import { gridFieldName } from "../forms/field-names";

export type TAnswerRow = {
  questionKey: string;
  optionKeys: string[];
  text?: string | null;
  number?: number | null;
};

export type TContact = { email?: string };

function rowsFor(question: TQuestion, value: TAnswerValue): TAnswerRow[] {
  const questionKey = question.key;
  switch (question.type) {
    case "singleChoice":
    case "respondentType": {
      const { optionKey, text } = value as TChoiceValue;
      return [{ questionKey, optionKeys: [optionKey], ...(text !== undefined && { text }) }];
    }
    case "multipleChoice": {
      const { optionKeys, text } = value as TMultipleChoiceValue;
      return [{ questionKey, optionKeys: [...optionKeys], ...(text !== undefined && { text }) }];
    }
    case "likert":
    case "yesNo":
      return [{ questionKey, optionKeys: [value as string] }];
    case "likertGrid":
      // Statement order, not the order the browser happened to post them.
      return question.statements.flatMap((s) => {
        const optionKey = (value as Record<string, string>)[s.key];
        return optionKey === undefined
          ? []
          : [{ questionKey: gridFieldName(question.key, s.key), optionKeys: [optionKey] }];
      });
    case "ranking":
      return [{ questionKey, optionKeys: [...(value as string[])] }];
    case "rating":
    case "number":
      return [{ questionKey, optionKeys: [], number: value as number }];
    case "shortText":
    case "longText":
    case "date":
    case "postcode":
      return [{ questionKey, optionKeys: [], text: value as string }];
    case "email":
    case "info":
      return [];
  }
}

/** Rows to store for a response, and the contact details to store apart from them. */
export function toAnswerRows(
  definition: TQuestionnaireDefinition,
  answers: TAnswers,
): { rows: TAnswerRow[]; contact: TContact } {
  const rows: TAnswerRow[] = [];
  const contact: TContact = {};
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    const value = answers[question.key];
    if (value === undefined) continue;
    if (question.type === "email") contact.email = value as string;
    else rows.push(...rowsFor(question, value));
  }
  return { rows, contact };
}

function valueFor(question: TQuestion, row: TAnswerRow): TAnswerValue | undefined {
  const text = row.text ?? undefined;
  switch (question.type) {
    case "singleChoice":
    case "respondentType":
      return row.optionKeys[0] === undefined
        ? undefined
        : { optionKey: row.optionKeys[0], ...(text !== undefined && { text }) };
    case "multipleChoice":
      return { optionKeys: [...row.optionKeys], ...(text !== undefined && { text }) };
    case "likert":
    case "yesNo":
      return row.optionKeys[0] as TAnswerValue | undefined;
    case "ranking":
      return [...row.optionKeys];
    case "rating":
    case "number":
      return row.number ?? undefined;
    case "shortText":
    case "longText":
    case "date":
    case "postcode":
      return text;
    case "likertGrid":
    case "email":
    case "info":
      return undefined;
  }
}

/**
 * Rebuilds answers from stored rows (to resume a draft, or for "Check your answers").
 * Rows whose key the definition does not know, or whose shape does not fit the question,
 * are returned in `skippedKeys` rather than guessed at.
 */
export function fromAnswerRows(
  definition: TQuestionnaireDefinition,
  rows: readonly TAnswerRow[],
  contact: TContact = {},
): { answers: TAnswers; skippedKeys: string[] } {
  const questions = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
  const answers: Record<string, TAnswerValue> = {};
  const skippedKeys: string[] = [];
  for (const row of rows) {
    const [questionKey, statementKey] = row.questionKey.split(".", 2);
    const question = questions.get(questionKey);
    if (
      question?.type === "likertGrid" &&
      statementKey !== undefined &&
      question.statements.some((s) => s.key === statementKey)
    ) {
      const grid = (answers[questionKey] ?? {}) as Record<string, string>;
      if (row.optionKeys[0] !== undefined) answers[questionKey] = { ...grid, [statementKey]: row.optionKeys[0] };
      continue;
    }
    const value = question && statementKey === undefined ? valueFor(question, row) : undefined;
    if (value === undefined) skippedKeys.push(row.questionKey);
    else answers[questionKey] = value;
  }
  const emailQuestion = [...questions.values()].find((q) => q.type === "email");
  if (emailQuestion && contact.email !== undefined) answers[emailQuestion.key] = contact.email;
  return { answers, skippedKeys };
}
