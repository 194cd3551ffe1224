// Questions made of several fields: a Likert grid (one radios group per statement), a ranking
// (one select per position) and a date (day, month, year).
import { DateInput, type DatePart, Fieldset, FormGroup, Radios, Select } from "@/components/govuk";
import type { TQuestionOf } from "@/lib/questionnaire/definition/definition";
import { dateFieldName, gridFieldName, rankFieldName } from "@/lib/questionnaire/forms/field-names";
import { ordinal } from "@/lib/questionnaire/answers/messages";
import { DATE_PARTS, rankPositions } from "@/lib/questionnaire/definition/question-shapes";
import { optionItems } from "./option-items";
import { hintFor, LEGEND_CLASS, type QuestionRendererProps, titleFor, valueOf } from "./types";

/**
 * A fieldset for the question around one small radios group per statement, each with the
 * statement as its legend, so every radio is announced with both.
 */
export const LikertGridQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"likertGrid">>>) => {
  const hint = hintFor(question, extraHint);
  const hintId = hint ? `${question.key}-hint` : undefined;
  const hasError = question.statements.some((s) => errors[gridFieldName(question.key, s.key)]);
  return (
    <FormGroup hasError={hasError}>
      <Fieldset legend={titleFor(question)} legendClassName={LEGEND_CLASS} describedBy={hintId}>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {question.statements.map((statement) => {
          const name = gridFieldName(question.key, statement.key);
          return (
            <Radios
              key={statement.key}
              name={name}
              small
              legend={statement.label}
              legendClassName="govuk-fieldset__legend--s"
              errorMessage={errors[name]}
              defaultValue={valueOf(values, name)}
              items={optionItems(question.options, { questionKey: name, values, errors })}
            />
          );
        })}
      </Fieldset>
    </FormGroup>
  );
};

export const RankingQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"ranking">>>) => {
  const hint = hintFor(question, extraHint);
  const hintId = hint ? `${question.key}-hint` : undefined;
  const names = Array.from({ length: rankPositions(question) }, (_, i) => rankFieldName(question.key, i + 1));
  const items = [
    { value: "", text: "Choose an option" },
    ...question.options.map((o) => ({ value: o.key, text: o.label })),
  ];
  return (
    <FormGroup hasError={names.some((name) => errors[name])}>
      <Fieldset legend={titleFor(question)} legendClassName={LEGEND_CLASS} describedBy={hintId}>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {names.map((name, i) => (
          <Select
            key={name}
            name={name}
            label={`${ordinal(i + 1)} choice`}
            items={items}
            errorMessage={errors[name]}
            defaultValue={valueOf(values, name) ?? ""}
          />
        ))}
      </Fieldset>
    </FormGroup>
  );
};

export const DateQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"date">>>) => {
  const parts = DATE_PARTS.filter((part) => errors[dateFieldName(question.key, part)]);
  const defaults = Object.fromEntries(
    DATE_PARTS.map((part) => [part, valueOf(values, dateFieldName(question.key, part))]),
  ) as Partial<Record<DatePart, string>>;
  return (
    <DateInput
      namePrefix={question.key}
      legend={titleFor(question)}
      legendClassName={LEGEND_CLASS}
      hint={hintFor(question, extraHint)}
      errorMessage={parts.length > 0 ? errors[dateFieldName(question.key, parts[0])] : undefined}
      errorParts={parts}
      defaultValues={defaults}
    />
  );
};
