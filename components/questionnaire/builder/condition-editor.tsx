"use client";
// "Show this question (or page) if …" (issue #5): any number of conditions on earlier answers,
// joined by "all of these" (and) or "any of these" (or), read back as a sentence that updates
// as the officer edits. Only earlier questions are offered, which the publish checks require.
import { useFormContext, useWatch } from "react-hook-form";
import type { TDisplayRule, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { SmallButton } from "./builder-fields";
import { addCondition, conditionTargets, removeCondition, ruleSentence } from "./condition-rule";
import { ConditionRow } from "./condition-row";

type RuleName = `sections.${number}.showIf` | `sections.${number}.questions.${number}.showIf`;

type Props = {
  name: RuleName;
  s: number;
  /** The question's position on its page; undefined for the page's own rule. */
  q?: number;
  /** "question 4" or "page 2", as the builder numbers them. */
  owner: string;
};

export const ConditionEditor = ({ name, s, q, owner }: Readonly<Props>) => {
  const { control, setValue } = useFormContext<TQuestionnaireDefinition>();
  const rule = useWatch({ control, name }) as TDisplayRule | undefined;
  const sections = useWatch({ control, name: "sections" });
  const targets = conditionTargets(sections, s, q);
  const subject = q === undefined ? "page" : "question";
  const id = `b-rule-${s}${q === undefined ? "" : `-${q}`}`;
  const set = (next: TDisplayRule | undefined) => setValue(name, next, { shouldDirty: true, shouldValidate: true });
  const add = (text: string) =>
    targets.length > 0 && (
      <SmallButton onClick={() => set(addCondition(rule, targets))}>
        {text}
        <span className="govuk-visually-hidden"> to {owner}</span>
      </SmallButton>
    );
  if (!rule || rule.conditions.length === 0) {
    return targets.length === 0 ? (
      <p className="govuk-hint">
        {subject === "page"
          ? "Page conditions can only look at questions with answer options on earlier pages."
          : "Conditions can only look at earlier questions that have answer options."}
      </p>
    ) : (
      <div>{add("Add a condition")}</div>
    );
  }
  const combinator = rule.combinator ?? "and";
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" aria-describedby={`${id}-sentence`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">When to show {owner}</legend>
      <p
        className="govuk-inset-text govuk-!-margin-top-0"
        id={`${id}-sentence`}
        data-testid="condition-sentence"
        aria-live="polite"
      >
        {ruleSentence(rule, targets, subject)}
      </p>
      {rule.conditions.length > 1 && (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
          <legend className="govuk-fieldset__legend">Show {owner} when</legend>
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {(
              [
                ["and", "all of these"],
                ["or", "any of these"],
              ] as const
            ).map(([value, text]) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  id={`${id}-${value}`}
                  type="radio"
                  className="govuk-radios__input"
                  name={`${id}-combinator`}
                  checked={combinator === value}
                  onChange={() => set({ ...rule, combinator: value })}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${value}`}>
                  {text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {rule.conditions.map((condition, i) => (
        <ConditionRow
          key={i}
          id={`${id}-c${i}`}
          index={i}
          owner={owner}
          condition={condition}
          targets={targets}
          onChange={(next) => set({ ...rule, conditions: rule.conditions.map((c, j) => (j === i ? next : c)) })}
          onRemove={() => set(removeCondition(rule, i))}
        />
      ))}
      {add("Add another condition")}
    </fieldset>
  );
};
