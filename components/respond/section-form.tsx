"use client";

// One questionnaire page as a form that works without JavaScript (issue #6, item 2): it posts
// to a server action, which either moves on or returns the errors with everything the person
// entered. With JavaScript, the same buildAnswerSchema checks the page before it is sent,
// follow-up questions appear and disappear as answers change, and the error summary takes focus.
import { type ReactNode, useActionState, useCallback, useState } from "react";
import { Button, ButtonGroup, ErrorSummary } from "@/components/govuk";
import { QuestionRenderer, type QuestionRendererProps } from "@/components/questionnaire/renderer/question-renderer";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { evaluateVisibility } from "@/lib/questionnaire/conditions/conditions";
import type { TQuestionnaireDefinition, TSection } from "@/lib/questionnaire/definition/definition";
import { formValuesToEntries, parseFormAnswers, type TFormValues } from "@/lib/questionnaire/forms/form-data";
import { CONTROL_FIELDS, SAVE_LATER_INTENT, SKIP_INTENT, type TRespondentFormState } from "@/lib/respond/form-controls";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { answerFieldErrors } from "./resolver-errors";
import { useEnhanced } from "./use-enhanced";
import { SKIP_VALIDATION_ATTRIBUTE, useSubmitValidation } from "./use-submit-validation";

export type SectionFormProps = {
  action: (state: TRespondentFormState, formData: FormData) => Promise<TRespondentFormState>;
  /** The document title without "Error: ". */
  /** The page's own title; FormPageTitle adds the service and council. */
  pageTitle: string;
  /** "Page 2 of 6". */
  caption: string;
  section: TSection;
  /** The journey up to and including this page: what its conditions and validation need. */
  definition: TQuestionnaireDefinition;
  /** Answers saved on earlier pages, which this page's conditions may look at. */
  answersSoFar: TAnswers;
  /** Today in London (yyyy-mm-dd), for date questions. */
  today: string;
  /** Saved answers as field values. */
  defaults: TFormValues;
  /** Errors to show when the page opens, e.g. a required answer found missing on submit. */
  initialState?: TRespondentFormState;
  /** Follow-ups that depend on this page's answers: question key → when to answer it. */
  conditionHints: Readonly<Record<string, string>>;
  hiddenFields: Readonly<Record<string, string>>;
  continueLabel: string;
  /** The Easy Read form (issue #7) draws questions, the heading and a "Skip this question" button its own way. */
  renderQuestion?: (props: QuestionRendererProps) => ReactNode;
  /** Replaces the caption, heading and intro. */
  heading?: ReactNode;
  /** A button that moves on without saving this page's answers. */
  skipLabel?: string;
};

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

const defaultRenderQuestion = (props: QuestionRendererProps) => <QuestionRenderer {...props} />;

export const SectionForm = (props: Readonly<SectionFormProps>) => {
  const { section, definition, answersSoFar, today, conditionHints } = props;
  const renderQuestion = props.renderQuestion ?? defaultRenderQuestion;
  const [state, formAction] = useActionState(props.action, props.initialState ?? null);
  const enhanced = useEnhanced();

  const read = useCallback(
    (form: HTMLFormElement) => parseFormAnswers(definition, section.key, new FormData(form)),
    [definition, section.key],
  );
  const schema = useCallback(
    async () =>
      (await import("@/lib/questionnaire/answers/build-answer-schema")).buildAnswerSchema(definition, {
        sectionKey: section.key,
        answersSoFar,
        today,
      }),
    [definition, section.key, answersSoFar, today],
  );
  const toFieldErrors = useCallback(
    (issues: Parameters<typeof answerFieldErrors>[1]) => answerFieldErrors(section.questions, issues),
    [section.questions],
  );
  const { formRef, summaryRef, onSubmit, clientErrors, warm } = useSubmitValidation({ schema, read, toFieldErrors });

  const values = state?.values ?? props.defaults;
  // The answers as they stand, read from the form on every change; a new server answer replaces them.
  const [live, setLive] = useState<{ for: TRespondentFormState; values: TFormValues } | null>(null);
  const current = live && live.for === state ? live.values : values;
  // What conditions see: earlier pages' answers plus this page's as they are now.
  const pageInput = parseFormAnswers(definition, section.key, formValuesToEntries(current)) as TAnswers;
  const visible = evaluateVisibility(definition, { ...answersSoFar, ...pageInput }).questions;
  const errors = clientErrors ?? state?.fieldErrors ?? {};
  const errorList = [
    ...(state?.formError && !clientErrors ? [{ text: state.formError }] : []),
    ...Object.entries(errors).map(([field, message]) => ({ text: message, href: `#${field}` })),
  ];

  return (
    <>
      <FormPageTitle title={props.pageTitle} hasError={errorList.length > 0} />
      <div ref={summaryRef}>
        <ErrorSummary errorList={errorList} />
      </div>
      {props.heading ?? (
        <>
          <span className="govuk-caption-l">{props.caption}</span>
          <h1 className="govuk-heading-l">{section.title}</h1>
          {section.intro && <p className="govuk-body">{section.intro}</p>}
        </>
      )}
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        onFocus={warm}
        onChange={(e) => setLive({ for: state, values: currentValues(e.currentTarget) })}
        noValidate
      >
        {Object.entries(props.hiddenFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {section.questions.map((question) => {
          const dependsOnPage = question.key in conditionHints;
          // Without JavaScript nothing can appear later, so follow-ups to this page's answers are
          // always on the page, saying when to answer them; the server ignores answers to hidden ones.
          const shown = visible.has(question.key) || (dependsOnPage && !enhanced);
          if (!shown && !dependsOnPage) return null;
          return (
            <div key={question.key} id={`question-${question.key}`} hidden={!shown}>
              {renderQuestion({
                question,
                values,
                liveValues: current,
                errors,
                extraHint: enhanced ? undefined : conditionHints[question.key],
              })}
            </div>
          );
        })}
        <ButtonGroup>
          <Button name={CONTROL_FIELDS.intent} value="continue" preventDoubleClick>
            {props.continueLabel}
          </Button>
          {props.skipLabel && (
            <Button
              name={CONTROL_FIELDS.intent}
              value={SKIP_INTENT}
              variant="secondary"
              attributes={{ [SKIP_VALIDATION_ATTRIBUTE]: "true" }}
            >
              {props.skipLabel}
            </Button>
          )}
          <Button
            name={CONTROL_FIELDS.intent}
            value={SAVE_LATER_INTENT}
            variant="secondary"
            attributes={{ [SKIP_VALIDATION_ATTRIBUTE]: "true" }}
          >
            Save and come back later
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
};
