// What every question renderer takes. Renderers are plain components (no hooks, no "use
// client"), so the public form, the builder's preview and staff data entry can all use them,
// on the server or inside a client form. They import nothing that pulls in zod, so a page
// that renders them in the browser does not download the schema library.
import type { ReactNode } from "react";
import type { TQuestion } from "@/lib/questionnaire/definition/definition";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";

export type QuestionRendererProps<Q extends TQuestion = TQuestion> = {
  question: Q;
  /** Field values to show, by field name (lib/questionnaire/forms/field-names.ts): saved or just posted. */
  values: Readonly<TFormValues>;
  /** Field name → message, as validateAnswers returns them. */
  errors: Readonly<Record<string, string>>;
  /** Shown before the question's own hint, e.g. when to answer a follow-up without JavaScript. */
  extraHint?: string;
  /**
   * The answers as they stand, from a form that tracks them as they change. Radios then reveal
   * their "Other" box from these, rather than through GOV.UK Frontend's script, which marks
   * radios aria-expanded where ARIA does not allow it. Without it, GOV.UK Frontend reveals them.
   */
  liveValues?: Readonly<TFormValues>;
};

/** The first value posted under a field name. */
export function valueOf(values: Readonly<TFormValues>, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value posted under a field name (checkboxes). */
export function valuesOf(values: Readonly<TFormValues>, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The question's hint with any extra hint first; undefined when there is neither. */
export function hintFor(question: TQuestion, extraHint?: string): ReactNode {
  if (!extraHint) return question.hint;
  if (!question.hint) return extraHint;
  return (
    <>
      <span className="govuk-!-display-block govuk-!-margin-bottom-1">{extraHint}</span>
      {question.hint}
    </>
  );
}

/** GOV.UK marks optional questions rather than required ones. */
export function titleFor(question: TQuestion): string {
  return question.required || question.type === "info" ? question.title : `${question.title} (optional)`;
}

/** Question headings sit under the page's h1. */
export const LEGEND_CLASS = "govuk-fieldset__legend--m";
export const LABEL_CLASS = "govuk-label--m";
