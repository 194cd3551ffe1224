"use client";
// Answer options (or a grid's statements): edit, add, reorder with buttons and remove.
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { CheckboxField, errorAt, SmallButton, TextField } from "./builder-fields";
import { PicturePicker } from "./picture-picker";
import { uniqueKey } from "./question-defaults";

// `pictures` is set in Easy Read questionnaires: the checker's missing-picture messages by path.
type Props = {
  s: number;
  q: number;
  list: "options" | "statements";
  flags: boolean;
  pictures?: ReadonlyMap<string | undefined, string>;
};

export const OptionsEditor = ({ s, q, list, flags, pictures }: Readonly<Props>) => {
  const { control, register, formState, getValues } = useFormContext<TQuestionnaireDefinition>();
  const name = `sections.${s}.questions.${q}.${list}` as "sections.0.questions.0.options";
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const noun = list === "options" ? "option" : "statement";
  const add = () => {
    const taken = new Set((getValues(name) ?? []).map((o) => o.key));
    const n = fields.length + 1;
    append({ key: uniqueKey(`${noun}-${n}`, taken), label: `${noun === "option" ? "Option" : "Statement"} ${n}` });
  };
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {list === "options" ? "Answer options" : "Statements"}
      </legend>
      {errorAt(formState.errors, name) && <p className="govuk-error-message">{errorAt(formState.errors, name)}</p>}
      <ol className="govuk-list govuk-list--number">
        {fields.map((field, i) => (
          <li key={field.id}>
            <TextField
              label={`${noun === "option" ? "Option" : "Statement"} ${i + 1} text`}
              field={register(`${name}.${i}.label`)}
              error={errorAt(formState.errors, `${name}.${i}.label`)}
            />
            <TextField
              label={`${noun === "option" ? "Option" : "Statement"} ${i + 1} key`}
              className="govuk-input--width-20"
              field={register(`${name}.${i}.key`)}
              error={errorAt(formState.errors, `${name}.${i}.key`)}
            />
            {pictures && list === "options" && (
              <PicturePicker
                name={`${name}.${i}.image`}
                owner={`option ${i + 1}`}
                warning={pictures.get(`q.options[${i}].image`)}
              />
            )}
            {flags && (
              <>
                <CheckboxField
                  label="Must be chosen on its own (for example, None of these)"
                  field={register(`${name}.${i}.exclusive`)}
                />
                <CheckboxField label="Asks 'please specify' (Other)" field={register(`${name}.${i}.other`)} />
              </>
            )}
            <SmallButton onClick={() => move(i, i - 1)} disabled={i === 0}>
              Move up
              <span className="govuk-visually-hidden">
                {" "}
                {noun} {i + 1}
              </span>
            </SmallButton>
            <SmallButton onClick={() => move(i, i + 1)} disabled={i === fields.length - 1}>
              Move down
              <span className="govuk-visually-hidden">
                {" "}
                {noun} {i + 1}
              </span>
            </SmallButton>
            <SmallButton warning onClick={() => remove(i)}>
              Remove
              <span className="govuk-visually-hidden">
                {" "}
                {noun} {i + 1}
              </span>
            </SmallButton>
          </li>
        ))}
      </ol>
      <SmallButton onClick={add}>Add {list === "options" ? "an option" : "a statement"}</SmallButton>
    </fieldset>
  );
};
