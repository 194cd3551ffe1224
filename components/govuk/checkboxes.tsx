import type { ReactNode } from "react";
import { cx } from "./class-names";
import { ErrorMessage } from "./error-message";
import { OptionalFieldset, type LegendOptions } from "./fieldset";
import { FormGroup, hasContent } from "./form-group";
import { Hint } from "./hint";
import { describeField, itemId, joinIds } from "./ids";
import { ChoiceItemParts } from "./choice-item-parts";
import { isDivider, type ChoiceEntry, type ChoiceItem } from "./radios";
import type { Attributes } from "./types";

export type CheckboxItem = ChoiceItem & {
  /** Submit this item under a different name from the group. */
  name?: string;
  /** A "None of these" answer: with JavaScript, ticking it clears the others and vice versa. */
  exclusive?: boolean;
};

export type CheckboxesProps = LegendOptions & {
  name: string;
  idPrefix?: string;
  items: ReadonlyArray<ChoiceEntry<CheckboxItem>>;
  /** Values ticked when the page loads, for example the saved answers. */
  defaultValues?: ReadonlyArray<string>;
  legend?: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  describedBy?: string;
  small?: boolean;
  className?: string;
  fieldsetClassName?: string;
  formGroupClassName?: string;
  attributes?: Attributes;
};

export const Checkboxes = ({
  name,
  idPrefix: idPrefixProp,
  items,
  defaultValues,
  legend,
  legendClassName,
  legendIsPageHeading,
  hint,
  errorMessage,
  describedBy,
  small,
  className,
  fieldsetClassName,
  formGroupClassName,
  attributes,
}: Readonly<CheckboxesProps>) => {
  const idPrefix = idPrefixProp || name;
  const hasError = Boolean(errorMessage);
  const ids = describeField(idPrefix, { hasHint: hasContent(hint), hasError, describedBy });
  const hasFieldset = legend !== undefined && legend !== null;
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <OptionalFieldset
        legend={legend}
        legendClassName={legendClassName}
        legendIsPageHeading={legendIsPageHeading}
        describedBy={ids.describedBy}
        fieldsetClassName={fieldsetClassName}
      >
        {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
        {ids.errorId && <ErrorMessage id={ids.errorId}>{errorMessage}</ErrorMessage>}
        <div
          className={cx("govuk-checkboxes", small && "govuk-checkboxes--small", className)}
          {...attributes}
          data-module="govuk-checkboxes"
        >
          {items.map((entry, index) => {
            if (!entry) return null;
            if (isDivider(entry)) {
              return (
                <div key={`divider-${index}`} className="govuk-checkboxes__divider">
                  {entry.divider}
                </div>
              );
            }
            const id = entry.id || itemId(idPrefix, index + 1);
            const checked =
              Boolean(entry.defaultChecked) ||
              (entry.defaultChecked !== false && (defaultValues ?? []).includes(entry.value));
            const itemHintId = hasContent(entry.hint) ? `${id}-item-hint` : undefined;
            // Without a fieldset nothing else carries the group hint and error, so each box does.
            const itemDescribedBy = joinIds(hasFieldset ? undefined : ids.describedBy, itemHintId);
            return (
              <CheckboxItemView
                key={id}
                id={id}
                name={entry.name || name}
                item={entry}
                checked={checked}
                itemHintId={itemHintId}
                describedBy={itemDescribedBy}
              />
            );
          })}
        </div>
      </OptionalFieldset>
    </FormGroup>
  );
};

type CheckboxItemViewProps = {
  id: string;
  name: string;
  item: CheckboxItem;
  checked: boolean;
  itemHintId?: string;
  describedBy?: string;
};

const CheckboxItemView = ({ id, name, item, checked, itemHintId, describedBy }: Readonly<CheckboxItemViewProps>) => {
  const conditionalId = `conditional-${id}`;
  const hasConditional = hasContent(item.conditional);
  return (
    <ChoiceItemParts
      kind="checkboxes"
      id={id}
      text={item.text}
      labelClassName={item.labelClassName}
      hint={item.hint}
      itemHintId={itemHintId}
      conditional={item.conditional}
      conditionalId={conditionalId}
      hasConditional={hasConditional}
      checked={checked}
      input={
        <input
          className="govuk-checkboxes__input"
          id={id}
          name={name}
          type="checkbox"
          value={item.value}
          defaultChecked={checked}
          disabled={item.disabled || undefined}
          data-aria-controls={hasConditional ? conditionalId : undefined}
          data-behaviour={item.exclusive ? "exclusive" : undefined}
          aria-describedby={describedBy}
          {...item.attributes}
        />
      }
    />
  );
};
