// Questions answered by choosing: radios (single choice, respondent type, agreement and yes/no
// scales, ratings) and checkboxes (multiple choice).
import { Checkboxes, Radios } from "@/components/govuk";
import type { TOption, TQuestionOf } from "@/lib/questionnaire/definition/definition";
import { YES_NO_OPTIONS } from "@/lib/questionnaire/definition/question-shapes";
import { optionItems } from "./option-items";
import { hintFor, LEGEND_CLASS, type QuestionRendererProps, titleFor, valueOf, valuesOf } from "./types";

type RadiosQuestion =
  TQuestionOf<"singleChoice"> | TQuestionOf<"respondentType"> | TQuestionOf<"likert"> | TQuestionOf<"yesNo">;

function optionsOf(question: RadiosQuestion): readonly TOption[] {
  return question.type === "yesNo" ? YES_NO_OPTIONS : question.options;
}

/** Single choice, respondent type, Likert and yes/no: one radios group named by the question key. */
export const RadiosQuestion = ({
  question,
  values,
  errors,
  extraHint,
  liveValues,
}: Readonly<QuestionRendererProps<RadiosQuestion>>) => (
  <Radios
    name={question.key}
    legend={titleFor(question)}
    legendClassName={LEGEND_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    // With live answers the chosen option, and so which "Other" box shows, follows the person's choice.
    defaultValue={valueOf(liveValues ?? values, question.key)}
    items={optionItems(optionsOf(question), { questionKey: question.key, values, errors, scriptReveal: !liveValues })}
  />
);

/** A rating from min to max, with the end labels beside their numbers. */
export const RatingQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"rating">>>) => {
  const items = Array.from({ length: question.max - question.min + 1 }, (_, i) => {
    const n = question.min + i;
    const end = n === question.min ? question.minLabel : n === question.max ? question.maxLabel : undefined;
    return { value: String(n), text: end ? `${n} – ${end}` : String(n) };
  });
  return (
    <Radios
      name={question.key}
      legend={titleFor(question)}
      legendClassName={LEGEND_CLASS}
      hint={hintFor(question, extraHint)}
      errorMessage={errors[question.key]}
      defaultValue={valueOf(values, question.key)}
      items={items}
    />
  );
};

export const MultipleChoiceQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"multipleChoice">>>) => (
  <Checkboxes
    name={question.key}
    legend={titleFor(question)}
    legendClassName={LEGEND_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    defaultValues={valuesOf(values, question.key)}
    items={optionItems(question.options, { questionKey: question.key, values, errors })}
  />
);
