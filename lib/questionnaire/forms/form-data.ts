// Posted form fields ⇄ answer input, using the naming scheme in field-names.ts. Public forms
// work without JavaScript (anchors-code-style.md §9.4), so anything may be missing: unticked
// checkboxes and unselected radios are simply absent, and a question with no fields posted
// is left out for the schema to treat as unanswered.
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import type { TAnswerValue, TAnswers, TChoiceValue, TMultipleChoiceValue } from "../answers/answer-values";
import { DATE_PARTS, isoToParts, rankPositions } from "../definition/question-shapes";
import { dateFieldName, gridFieldName, organisationFieldName, otherFieldName, rankFieldName } from "./field-names";

/** Form values: one string per field, or several for checkboxes. */
export type TFormValues = Record<string, string | string[]>;

function questionsIn(definition: TQuestionnaireDefinition, sectionKey: string | undefined): TQuestion[] {
  return definition.sections
    .filter((s) => sectionKey === undefined || s.key === sectionKey)
    .flatMap((s) => s.questions);
}

/** Collects entries by name; anything that is not a string (an uploaded file) is ignored. */
function collect(entries: Iterable<readonly [string, unknown]>): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  return fields;
}

/** The raw input for one question, or undefined when none of its fields were posted. */
function readQuestion(question: TQuestion, fields: Map<string, string[]>): unknown {
  const { key } = question;
  const first = (name: string): string | undefined => fields.get(name)?.[0];
  switch (question.type) {
    case "info":
      return undefined;
    case "singleChoice":
    case "respondentType": {
      const optionKey = first(key);
      const option = question.options.find((o) => o.key === optionKey);
      // Only the chosen option's box counts; without JavaScript every revealed box is posted.
      const text = option?.other
        ? first(otherFieldName(key))
        : option?.organisation
          ? first(organisationFieldName(key))
          : undefined;
      return optionKey === undefined ? undefined : { optionKey, text };
    }
    case "multipleChoice": {
      const optionKeys = fields.get(key) ?? [];
      const text = first(otherFieldName(key));
      return optionKeys.length === 0 && text === undefined ? undefined : { optionKeys, text };
    }
    case "likertGrid": {
      const entries = question.statements.flatMap((s) => {
        const value = first(gridFieldName(key, s.key));
        return value === undefined ? [] : [[s.key, value] as const];
      });
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
    case "ranking": {
      const ranks = Array.from({ length: rankPositions(question) }, (_, i) => first(rankFieldName(key, i + 1)) ?? "");
      return ranks.every((r) => r === "") ? undefined : ranks;
    }
    case "date": {
      const entries = DATE_PARTS.flatMap((part) => {
        const value = first(dateFieldName(key, part));
        return value === undefined ? [] : [[part, value] as const];
      });
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
    default:
      return first(key);
  }
}

/**
 * Turns posted fields into input for buildAnswerSchema/validateAnswers. Only the page's own
 * questions are read (all pages when sectionKey is undefined), so stray fields never become
 * answers. Values stay as strings: converting and checking them is the schema's job.
 */
export function parseFormAnswers(
  definition: TQuestionnaireDefinition,
  sectionKey: string | undefined,
  entries: Iterable<readonly [string, unknown]>,
): Record<string, unknown> {
  const fields = collect(entries);
  const input: Record<string, unknown> = {};
  for (const question of questionsIn(definition, sectionKey)) {
    const value = readQuestion(question, fields);
    if (value !== undefined) input[question.key] = value;
  }
  return input;
}

function writeQuestion(question: TQuestion, value: TAnswerValue, values: TFormValues): void {
  const { key } = question;
  switch (question.type) {
    case "info":
      return;
    case "singleChoice":
    case "respondentType": {
      const { optionKey, text } = value as TChoiceValue;
      values[key] = optionKey;
      const option = question.options.find((o) => o.key === optionKey);
      if (text !== undefined && option?.other) values[otherFieldName(key)] = text;
      if (text !== undefined && option?.organisation) values[organisationFieldName(key)] = text;
      return;
    }
    case "multipleChoice": {
      const { optionKeys, text } = value as TMultipleChoiceValue;
      values[key] = [...optionKeys];
      if (text !== undefined) values[otherFieldName(key)] = text;
      return;
    }
    case "likertGrid":
      for (const [statementKey, optionKey] of Object.entries(value as Record<string, string>))
        values[gridFieldName(key, statementKey)] = optionKey;
      return;
    case "ranking":
      (value as string[]).forEach((optionKey, i) => (values[rankFieldName(key, i + 1)] = optionKey));
      return;
    case "date": {
      const parts = isoToParts(value as string);
      for (const part of DATE_PARTS) values[dateFieldName(key, part)] = parts[part] ?? "";
      return;
    }
    default:
      values[key] = String(value);
  }
}

/** Field values that re-fill a page (or every page) from saved answers. */
export function toFormDefaults(
  definition: TQuestionnaireDefinition,
  answers: TAnswers,
  sectionKey?: string,
): TFormValues {
  const values: TFormValues = {};
  for (const question of questionsIn(definition, sectionKey)) {
    const value = answers[question.key];
    if (value !== undefined) writeQuestion(question, value, values);
  }
  return values;
}

/** Form values as the entries a browser would post (checkboxes repeat their name). */
export function formValuesToEntries(values: TFormValues): [string, string][] {
  return Object.entries(values).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((v) => [name, v] as [string, string]) : [[name, value]],
  );
}
