"use client";
// One page of the questionnaire: its title and introduction, and its questions, which can be
// added, duplicated, moved up or down or to another page with buttons (keyboard users
// included) and deleted; and the page's own condition, on answers from earlier pages.
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TQuestionType, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { errorAt, SmallButton, TextAreaField, TextField } from "./builder-fields";
import { ConditionEditor } from "./condition-editor";
import { MoveToPage } from "./move-to-page";
import { blankQuestion, duplicateQuestion, keysIn, uniqueKey } from "./question-defaults";
import { QuestionEditor, type TTopic } from "./question-editor";

type Props = { s: number; firstNumber: number; topics: readonly TTopic[]; previewHref: string };

export const SectionEditor = ({ s, firstNumber, topics, previewHref }: Readonly<Props>) => {
  const { control, register, formState, getValues, setValue } = useFormContext<TQuestionnaireDefinition>();
  const { fields, append, insert, remove, move, update } = useFieldArray({ control, name: `sections.${s}.questions` });
  const taken = () => keysIn(getValues());
  const changeType = (q: number, type: TQuestionType) => {
    const current = getValues(`sections.${s}.questions.${q}`);
    update(q, blankQuestion(type, current.key, current));
  };
  const moveToPage = (q: number, page: number) => {
    const question = getValues(`sections.${s}.questions.${q}`);
    const list = getValues(`sections.${page}.questions`);
    // First on a later page, last on an earlier one: its order against every other question is kept.
    setValue(`sections.${page}.questions`, page > s ? [question, ...list] : [...list, question], { shouldDirty: true });
    remove(q);
    // The button pressed has gone with the question; put keyboard focus where it went, or on
    // this page's heading when the builder shows one page at a time.
    requestAnimationFrame(() =>
      (document.getElementById(`b-page-${page}`) ?? document.getElementById(`b-page-${s}`))?.focus(),
    );
  };
  return (
    <>
      <TextField
        label={`Page ${s + 1} title`}
        field={register(`sections.${s}.title`)}
        error={errorAt(formState.errors, `sections.${s}.title`)}
      />
      <TextAreaField
        label={`Page ${s + 1} introduction (optional)`}
        field={register(`sections.${s}.intro`, { setValueAs: (v: string) => v || undefined })}
      />
      <TextField
        label={`Page ${s + 1} key`}
        className="govuk-input--width-20"
        field={register(`sections.${s}.key`)}
        error={errorAt(formState.errors, `sections.${s}.key`)}
      />
      <ConditionEditor name={`sections.${s}.showIf`} s={s} owner={`page ${s + 1}`} />
      <p className="govuk-body">
        <a className="govuk-link" href={previewHref}>
          Preview page {s + 1} (save first to see changes)
        </a>
      </p>
      {fields.map((field, q) => {
        const number = firstNumber + q;
        return (
          <div key={field.id} className="govuk-summary-card" data-question={number}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">Question {number}</h3>
            </div>
            <div className="govuk-summary-card__content">
              <QuestionEditor
                s={s}
                q={q}
                number={number}
                topics={topics}
                onTypeChange={(type) => changeType(q, type)}
              />
              <MoveToPage s={s} q={q} number={number} onMove={(page) => moveToPage(q, page)} />
              <div>
                <SmallButton onClick={() => move(q, q - 1)} disabled={q === 0}>
                  Move up<span className="govuk-visually-hidden"> question {number}</span>
                </SmallButton>
                <SmallButton onClick={() => move(q, q + 1)} disabled={q === fields.length - 1}>
                  Move down<span className="govuk-visually-hidden"> question {number}</span>
                </SmallButton>
                <SmallButton
                  onClick={() => insert(q + 1, duplicateQuestion(getValues(`sections.${s}.questions.${q}`), taken()))}
                >
                  Duplicate<span className="govuk-visually-hidden"> question {number}</span>
                </SmallButton>
                <SmallButton warning onClick={() => remove(q)}>
                  Delete<span className="govuk-visually-hidden"> question {number}</span>
                </SmallButton>
              </div>
            </div>
          </div>
        );
      })}
      {errorAt(formState.errors, `sections.${s}.questions`) && (
        <p className="govuk-error-message">{errorAt(formState.errors, `sections.${s}.questions`)}</p>
      )}
      <SmallButton
        onClick={() =>
          append(blankQuestion("singleChoice", uniqueKey(`question-${firstNumber + fields.length}`, taken())))
        }
      >
        Add a question<span className="govuk-visually-hidden"> to page {s + 1}</span>
      </SmallButton>
    </>
  );
};
