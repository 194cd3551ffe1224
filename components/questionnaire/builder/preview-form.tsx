"use client";
// The builder preview's page of questions: the respondent's own renderers, with "Other, please
// specify" boxes revealed from the answers as they change (as on the respond pages), rather than
// by GOV.UK Frontend's script, which marks radios aria-expanded where ARIA does not allow it.
// Nothing here is sent anywhere.
import { useState } from "react";
import { Button } from "@/components/govuk";
import { QuestionRenderer } from "@/components/questionnaire/renderer/question-renderer";
import type { TQuestion } from "@/lib/questionnaire/definition/definition";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";

/** The form's fields as they stand, checkbox groups as lists. */
function currentValues(form: HTMLFormElement): TFormValues {
  const values: TFormValues = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const existing = values[name];
    values[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

type Props = {
  questions: readonly TQuestion[];
  /** Question key → when it is asked ("Answer this if …"), for questions with a condition. */
  conditionHints: Readonly<Record<string, string>>;
};

export const PreviewForm = ({ questions, conditionHints }: Readonly<Props>) => {
  const [live, setLive] = useState<TFormValues>({});
  return (
    <form
      aria-label="Preview of this page"
      onChange={(e) => setLive(currentValues(e.currentTarget))}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      {questions.map((question) => (
        <QuestionRenderer
          key={question.key}
          question={question}
          values={{}}
          liveValues={live}
          errors={{}}
          extraHint={conditionHints[question.key]}
        />
      ))}
      <Button disabled>Continue</Button>
    </form>
  );
};
