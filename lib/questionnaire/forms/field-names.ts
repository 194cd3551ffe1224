// The HTML field names of a questionnaire page, shared by the renderer, parseFormAnswers and
// validateAnswers. Every name is also the id of the field (or of the first radio/checkbox
// item, components/govuk/ids.ts), so an error summary link `#${name}` always lands on it.
//
//   shortText, longText, number, postcode, email   key
//   singleChoice, likert, yesNo, rating             key               (radios)
//   respondentType                                  key               (radios)
//   multipleChoice                                  key, repeated     (checkboxes)
//   "Other, please specify" text                    key-other
//   organisation's name (respondentType)            key-organisation
//   likertGrid, one radios group per statement      key.statementKey
//   ranking, one select per position                key.rank-1 … key.rank-n
//   date                                            key-day, key-month, key-year
//   info                                            (none)
import type { TQuestion } from "../definition/definition";
import { DATE_PARTS, rankPositions, type TDatePart } from "../definition/question-shapes";

export const otherFieldName = (questionKey: string): string => `${questionKey}-other`;
export const organisationFieldName = (questionKey: string): string => `${questionKey}-organisation`;
export const gridFieldName = (questionKey: string, statementKey: string): string => `${questionKey}.${statementKey}`;
/** `rank` is 1-based, as people read it. */
export const rankFieldName = (questionKey: string, rank: number): string => `${questionKey}.rank-${rank}`;
export const dateFieldName = (questionKey: string, part: TDatePart): string => `${questionKey}-${part}`;

/** Every field name a question renders, in page order. */
export function fieldNamesFor(question: TQuestion): string[] {
  const { key } = question;
  switch (question.type) {
    case "info":
      return [];
    case "singleChoice":
    case "multipleChoice":
    case "respondentType": {
      const names = [key];
      if (question.options.some((o) => o.other)) names.push(otherFieldName(key));
      if (question.type === "respondentType" && question.options.some((o) => o.organisation))
        names.push(organisationFieldName(key));
      return names;
    }
    case "likertGrid":
      return question.statements.map((s) => gridFieldName(key, s.key));
    case "ranking":
      return Array.from({ length: rankPositions(question) }, (_, i) => rankFieldName(key, i + 1));
    case "date":
      return DATE_PARTS.map((part) => dateFieldName(key, part));
    default:
      return [key];
  }
}

/**
 * The field an answer-schema issue belongs to. `path` is the issue path below the question
 * (see answerSchemaFor): "other"/"organisation", a statement key, a rank index, or a date part.
 */
export function fieldNameForIssue(question: TQuestion, path: readonly PropertyKey[]): string {
  const [first] = path;
  const { key } = question;
  switch (question.type) {
    case "likertGrid":
      return typeof first === "string" ? gridFieldName(key, first) : gridFieldName(key, question.statements[0].key);
    case "ranking":
      return rankFieldName(key, typeof first === "number" ? first + 1 : 1);
    case "date":
      // GOV.UK: link to the first part with an error; the day when the whole date is wrong.
      return dateFieldName(key, DATE_PARTS.includes(first as TDatePart) ? (first as TDatePart) : "day");
    default:
      if (first === "other") return otherFieldName(key);
      if (first === "organisation") return organisationFieldName(key);
      return key;
  }
}
