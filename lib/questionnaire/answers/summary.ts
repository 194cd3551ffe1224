// Answers in words, for "Check your answers", receipts and officer views. Option keys become
// their labels; dates read the GOV.UK way ("9 March 2024").
import { type TOption, type TQuestion, YES_NO_OPTIONS } from "../definition/definition";
import type { TAnswerValue, TChoiceValue, TMultipleChoiceValue } from "./answer-values";

export const NOT_ANSWERED = "Not answered";

const label = (options: readonly TOption[], key: string): string => options.find((o) => o.key === key)?.label ?? key;

/** "Other: my words" style: the option, then what the respondent typed for it. */
const withText = (optionLabel: string, text: string | undefined): string =>
  text ? `${optionLabel}: ${text}` : optionLabel;

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/**
 * An answer as lines of text: one line for most answers, one per statement for a grid and one
 * per position for a ranking. Multiple choices share a line, separated by semicolons.
 */
export function describeAnswerLines(question: TQuestion, value: TAnswerValue | undefined): string[] {
  if (value === undefined) return [NOT_ANSWERED];
  switch (question.type) {
    case "singleChoice":
    case "respondentType": {
      const { optionKey, text } = value as TChoiceValue;
      return [withText(label(question.options, optionKey), text)];
    }
    case "multipleChoice": {
      const { optionKeys, text } = value as TMultipleChoiceValue;
      return [
        optionKeys
          .map((key) => {
            const option = question.options.find((o) => o.key === key);
            return option?.other ? withText(option.label, text) : label(question.options, key);
          })
          .join("; "),
      ];
    }
    case "likert":
      return [label(question.options, value as string)];
    case "yesNo":
      return [label(YES_NO_OPTIONS, value as string)];
    case "likertGrid": {
      const grid = value as Record<string, string>;
      // "Fees should be fair: Agree" reads better without the statement's own full stop.
      return question.statements.map(
        (s) =>
          `${s.label.trim().replace(/[.:]+$/, "")}: ${grid[s.key] === undefined ? NOT_ANSWERED : label(question.options, grid[s.key])}`,
      );
    }
    case "ranking":
      return (value as string[]).map((key, i) => `${i + 1}. ${label(question.options, key)}`);
    case "rating": {
      const n = value as number;
      const end = n === question.min ? question.minLabel : n === question.max ? question.maxLabel : undefined;
      return [end ? `${n} (${end})` : `${n} out of ${question.max}`];
    }
    case "number":
      return [(value as number).toLocaleString("en-GB")];
    case "date":
      return [dateFormat.format(new Date(`${value as string}T00:00:00Z`))];
    case "shortText":
    case "longText":
    case "postcode":
    case "email":
      return [String(value)];
    case "info":
      return [];
  }
}

/** The answer as one string; lines are joined with newlines (render with white-space: pre-line). */
export function describeAnswer(question: TQuestion, value: TAnswerValue | undefined): string {
  return describeAnswerLines(question, value).join("\n");
}
