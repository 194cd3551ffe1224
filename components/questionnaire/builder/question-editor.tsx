"use client";
// One question in the builder: its type, wording, key, topic, type-specific settings, answer
// options and condition, with readability help for the question and its hint.
import { useFormContext, useWatch, type Control, type FieldValues } from "react-hook-form";
import type { TQuestionType, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { QUESTION_TYPE_LABELS } from "@/lib/questionnaire/definition/question-types";
import { pictureWarnings } from "@/lib/text/easy-read-checker";
import { CheckboxField, errorAt, SelectField, TextAreaField, TextField } from "./builder-fields";
import { ConditionEditor } from "./condition-editor";
import { LinkEditor } from "./link-editor";
import { OptionsEditor } from "./options-editor";
import { PicturePicker } from "./picture-picker";
import { FLAGGED_OPTION_TYPES } from "./question-defaults";
import { ReadabilityNote } from "./readability-note";

export type TTopic = { code: string; label: string };

const TYPES = (Object.entries(QUESTION_TYPE_LABELS) as [TQuestionType, string][]).map(([value, text]) => ({
  value,
  text: text.charAt(0).toUpperCase() + text.slice(1),
}));
const optionalNumber = {
  setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
};

type Props = {
  s: number;
  q: number;
  number: number;
  topics: readonly TTopic[];
  onTypeChange: (type: TQuestionType) => void;
};

export const QuestionEditor = ({ s, q, number, topics, onTypeChange }: Readonly<Props>) => {
  const { control, register, formState } = useFormContext<TQuestionnaireDefinition>();
  const at = `sections.${s}.questions.${q}` as const;
  const type = useWatch({ control, name: `${at}.type` });
  const easyRead = useWatch({ control, name: "format" }) === "EASY_READ";
  const question = useWatch({ control, name: at });
  // The checker's own messages, keyed by the path it reports, so the builder says what publishing will.
  const missing =
    easyRead && question ? new Map(pictureWarnings(question, "q").map((w) => [w.path, w.message])) : undefined;
  const err = (field: string) => errorAt(formState.errors, `${at}.${field}`);
  const reg = (field: string, options?: object) => register(`${at}.${field}` as never, options);
  const loose = control as unknown as Control<FieldValues>;
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`b-type-${s}-${q}`}>
          Question {number} type
        </label>
        <select
          id={`b-type-${s}-${q}`}
          className="govuk-select"
          value={type}
          onChange={(e) => onTypeChange(e.target.value as TQuestionType)}
        >
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.text}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        label={type === "info" ? `Heading ${number}` : `Question ${number}`}
        field={reg("title")}
        error={err("title")}
      />
      <ReadabilityNote control={loose} name={`${at}.title`} label="Question" />
      <TextAreaField
        label={`Hint ${number} (optional)`}
        field={reg("hint", { setValueAs: (v: string) => v || undefined })}
        error={err("hint")}
      />
      <ReadabilityNote control={loose} name={`${at}.hint`} label="Hint" />
      {type === "info" && <TextAreaField label="Text" field={reg("body")} error={err("body")} />}
      {easyRead && (
        <PicturePicker
          name={`${at}.image`}
          owner={`question ${number}`}
          warning={missing?.get("q.image")}
          altName={type === "info" ? `${at}.imageAlt` : undefined}
        />
      )}
      {easyRead && type === "info" && (
        <TextField
          label="Picture description (alt text)"
          field={reg("imageAlt", { setValueAs: (v: string) => v || undefined })}
          error={err("imageAlt")}
        />
      )}
      <TextField
        label="Key"
        hint="Used in exports and conditions. Do not change it once people have answered."
        className="govuk-input--width-20"
        field={reg("key")}
        error={err("key")}
      />
      {type !== "info" && <CheckboxField label="People must answer this question" field={reg("required")} />}
      {topics.length > 0 && type !== "info" && (
        <SelectField
          label="Topic (optional)"
          field={reg("topicCode", { setValueAs: (v: string) => v || undefined })}
          options={[{ value: "", text: "No topic" }, ...topics.map((t) => ({ value: t.code, text: t.label }))]}
        />
      )}
      {type === "shortText" && (
        <TextField
          type="number"
          label="Most characters"
          className="govuk-input--width-4"
          field={reg("maxChars", { valueAsNumber: true })}
          error={err("maxChars")}
        />
      )}
      {type === "longText" && (
        <TextField
          type="number"
          label="Most words (optional)"
          className="govuk-input--width-4"
          field={reg("maxWords", optionalNumber)}
          error={err("maxWords")}
        />
      )}
      {easyRead && type === "longText" && (
        <CheckboxField
          label="Let people send a drawing or photo instead of or as well as writing"
          field={reg("allowDrawing")}
        />
      )}
      {type === "rating" && (
        <>
          <TextField
            type="number"
            label="Lowest score"
            className="govuk-input--width-4"
            field={reg("min", { valueAsNumber: true })}
            error={err("min")}
          />
          <TextField
            type="number"
            label="Highest score"
            className="govuk-input--width-4"
            field={reg("max", { valueAsNumber: true })}
            error={err("max")}
          />
        </>
      )}
      {type === "number" && (
        <>
          <TextField
            type="number"
            label="Smallest number (optional)"
            className="govuk-input--width-4"
            field={reg("min", optionalNumber)}
            error={err("min")}
          />
          <TextField
            type="number"
            label="Largest number (optional)"
            className="govuk-input--width-4"
            field={reg("max", optionalNumber)}
            error={err("max")}
          />
        </>
      )}
      {type === "likertGrid" && <OptionsEditor s={s} q={q} list="statements" flags={false} />}
      {["singleChoice", "multipleChoice", "ranking", "likert", "likertGrid", "respondentType"].includes(type) && (
        <OptionsEditor s={s} q={q} list="options" flags={FLAGGED_OPTION_TYPES.has(type)} pictures={missing} />
      )}
      {easyRead && <LinkEditor s={s} q={q} number={number} />}
      {type !== "info" && <ConditionEditor name={`${at}.showIf`} s={s} q={q} owner={`question ${number}`} />}
    </>
  );
};
