"use client";
// Linking an Easy Read question to the standard questionnaire (issue #7, "Linked model"): the
// standard question it answers, or "Easy Read only", and for choice questions the standard
// answer each Easy Read answer counts as, with a one-click map of a scale onto the 5-point
// Likert. Choosing the question maps the answers whose key or words match at once (issue #16),
// so the officer sets only what differs. Publishing re-checks `answersKey` and `optionMap`.
import { createContext, useContext } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import {
  acceptsScaleMap,
  autoOptionMap,
  CHOICE_TYPES,
  optionsOf,
  scaleToLikert,
  type TOptionMap,
} from "@/lib/questionnaire/easy-read/option-map";
import { SmallButton } from "./builder-fields";

/** The standard questionnaire Easy Read questions can answer, provided by the builder page. */
export const StandardDefinition = createContext<TQuestionnaireDefinition | null>(null);

/** The select's value for "counts as no standard answer" (the map stores null). */
const NONE = "__none";

type Props = { s: number; q: number; number: number };

export const LinkEditor = ({ s, q, number }: Readonly<Props>) => {
  const standard = useContext(StandardDefinition)?.sections.flatMap((section) => section.questions) ?? [];
  const { control, setValue } = useFormContext<TQuestionnaireDefinition>();
  const at = `sections.${s}.questions.${q}` as const;
  const question = useWatch({ control, name: at }) as TQuestion | undefined;
  if (!question || question.type === "info") return null;
  const target = standard.find((t) => t.key === question.answersKey);
  const map: TOptionMap = question.optionMap ?? {};
  const ownOptions = optionsOf(question);
  const setMap = (next: TOptionMap | undefined) => setValue(`${at}.optionMap`, next, { shouldDirty: true });
  const choose = (key: string) => {
    setValue(`${at}.answersKey`, key || undefined, { shouldDirty: true });
    // A map only means something against the question it was made for: start it afresh.
    const chosen = standard.find((t) => t.key === key);
    const auto = chosen && CHOICE_TYPES.has(question.type) ? autoOptionMap(ownOptions, optionsOf(chosen)) : {};
    setMap(Object.keys(auto).length > 0 ? auto : undefined);
  };
  // Answers added after linking: offered the same matching, without undoing the officer's choices.
  const matchable = target ? autoOptionMap(ownOptions, optionsOf(target), map) : map;
  const unmatched = Object.keys(matchable).length > Object.keys(map).length;
  const id = `b-link-${s}-${q}`;
  return (
    <div className="govuk-form-group" data-link-editor={number}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Question {number} answers
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        Choose the standard question whose results this adds to, or Easy Read only to report it separately.
      </div>
      <select
        id={id}
        className="govuk-select"
        aria-describedby={`${id}-hint`}
        value={question.answersKey ?? ""}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">Easy Read only</option>
        {standard
          .filter((t) => t.type !== "info")
          .map((t) => (
            <option key={t.key} value={t.key}>
              {t.key}: {t.title}
            </option>
          ))}
      </select>
      {question.answersKey && !target && (
        <p className="govuk-error-message">
          There is no standard question with the key &lsquo;{question.answersKey}&rsquo;
        </p>
      )}
      {target && CHOICE_TYPES.has(question.type) && ownOptions.length > 0 && (
        <fieldset className="govuk-fieldset govuk-!-margin-top-4">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Which answer to &lsquo;{target.title}&rsquo; each answer counts as
          </legend>
          {unmatched && (
            <SmallButton onClick={() => setMap(matchable)}>
              Match answers with the same words<span className="govuk-visually-hidden"> for question {number}</span>
            </SmallButton>
          )}
          {acceptsScaleMap(target) && (
            <SmallButton onClick={() => setMap(scaleToLikert(ownOptions))}>
              Map a 3-point scale onto the 5-point Likert
              <span className="govuk-visually-hidden"> for question {number}</span>
            </SmallButton>
          )}
          {ownOptions.map((option, i) => {
            const selectId = `${id}-o${i}`;
            const value = !(option.key in map) ? "" : map[option.key] === null ? NONE : (map[option.key] ?? "");
            return (
              <div className="govuk-form-group govuk-!-margin-bottom-2" key={option.key}>
                <label className="govuk-label" htmlFor={selectId}>
                  &lsquo;{option.label}&rsquo; counts as
                </label>
                <select
                  id={selectId}
                  className="govuk-select"
                  value={value}
                  onChange={(e) => setMap({ ...map, [option.key]: e.target.value === NONE ? null : e.target.value })}
                >
                  <option value="" disabled>
                    Choose an answer
                  </option>
                  {optionsOf(target).map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                  <option value={NONE}>No standard answer (kept in the Easy Read results)</option>
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
};
