"use client";
// The Easy Read questionnaire's introduction (issue #16): what the consultation is about, for
// the Easy Read start page, in short blocks of words each with a picture, written by officers.
// Publishing warns while there is none (lib/text/easy-read-checker.ts, "missingIntroduction").
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { errorAt, SmallButton, TextAreaField, TextField } from "./builder-fields";
import { PicturePicker } from "./picture-picker";

const optional = { setValueAs: (v: string) => v || undefined };

export const IntroBlocksEditor = () => {
  const { control, register, formState } = useFormContext<TQuestionnaireDefinition>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "introBlocks" });
  return (
    <fieldset
      className="govuk-fieldset govuk-!-margin-bottom-6"
      id="b-introBlocks"
      aria-describedby="b-introBlocks-hint"
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Easy Read introduction</legend>
      <div className="govuk-hint" id="b-introBlocks-hint">
        The Easy Read start page shows these first. Say what the consultation is about in short sentences, with a
        picture beside each part.
      </div>
      {fields.length === 0 && (
        <p className="govuk-body">There is no introduction yet. Publishing will warn until you write one.</p>
      )}
      {fields.map((field, i) => (
        <div key={field.id} className="govuk-!-margin-bottom-4" data-intro-block={i + 1}>
          <PicturePicker name={`introBlocks.${i}.picture`} owner={`introduction part ${i + 1}`} />
          <TextField
            label={`Introduction part ${i + 1} heading (optional)`}
            field={register(`introBlocks.${i}.heading`, optional)}
            error={errorAt(formState.errors, `introBlocks.${i}.heading`)}
          />
          <TextAreaField
            label={`Introduction part ${i + 1} words`}
            field={register(`introBlocks.${i}.text`)}
            error={errorAt(formState.errors, `introBlocks.${i}.text`)}
          />
          <SmallButton onClick={() => move(i, i - 1)} disabled={i === 0}>
            Move up<span className="govuk-visually-hidden"> introduction part {i + 1}</span>
          </SmallButton>
          <SmallButton onClick={() => move(i, i + 1)} disabled={i === fields.length - 1}>
            Move down<span className="govuk-visually-hidden"> introduction part {i + 1}</span>
          </SmallButton>
          <SmallButton warning onClick={() => remove(i)}>
            Remove<span className="govuk-visually-hidden"> introduction part {i + 1}</span>
          </SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => append({ text: "" })}>Add a part to the introduction</SmallButton>
    </fieldset>
  );
};
