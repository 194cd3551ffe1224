"use client";
// One condition of a rule: which earlier answer, how to compare it, and which of its values.
// Native selects and checkboxes in a fieldset, so it works by keyboard and reads in order.
import type { TCondition } from "@/lib/questionnaire/definition/definition";
import { SmallButton } from "./builder-fields";
import { OPERATORS, retarget, toggleValue, type TTarget } from "./condition-rule";

type Props = {
  id: string;
  index: number;
  /** "question 4" or "page 2": names what the rule belongs to in visually hidden text. */
  owner: string;
  condition: TCondition;
  targets: readonly TTarget[];
  onChange: (next: TCondition) => void;
  onRemove: () => void;
};

export const ConditionRow = ({ id, index, owner, condition, targets, onChange, onRemove }: Readonly<Props>) => {
  const target = targets.find((t) => t.key === condition.questionKey);
  const n = index + 1;
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" data-condition={n}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Condition {n}
        <span className="govuk-visually-hidden"> for {owner}</span>
      </legend>
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label" htmlFor={`${id}-question`}>
          Earlier question
        </label>
        <select
          id={`${id}-question`}
          className="govuk-select"
          value={condition.questionKey}
          onChange={(e) => onChange(retarget(condition, targets, e.target.value))}
        >
          {/* An imported rule may point somewhere the builder cannot offer; keep it visible, not silently changed. */}
          {!target && <option value={condition.questionKey}>{condition.questionKey} (not an earlier question)</option>}
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label" htmlFor={`${id}-operator`}>
          Answer
        </label>
        <select
          id={`${id}-operator`}
          className="govuk-select"
          value={condition.operator}
          onChange={(e) => onChange({ ...condition, operator: e.target.value as TCondition["operator"] })}
        >
          {OPERATORS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend">
          Answers<span className="govuk-visually-hidden"> for condition {n}</span>
        </legend>
        <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-2">
          {(target?.options ?? []).map((o) => (
            <div className="govuk-checkboxes__item" key={o.key}>
              <input
                id={`${id}-value-${o.key}`}
                type="checkbox"
                className="govuk-checkboxes__input"
                checked={condition.values.includes(o.key)}
                onChange={(e) => onChange(toggleValue(condition, o.key, e.target.checked))}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-value-${o.key}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <SmallButton warning onClick={onRemove}>
        Remove condition {n}
        <span className="govuk-visually-hidden"> from {owner}</span>
      </SmallButton>
    </fieldset>
  );
};
