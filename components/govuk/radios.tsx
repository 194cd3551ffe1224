import type { ReactNode } from "react";
import { cx } from "./class-names";
import { ErrorMessage } from "./error-message";
import { OptionalFieldset, type LegendOptions } from "./fieldset";
import { FormGroup, hasContent } from "./form-group";
import { Hint } from "./hint";
import { describeField, itemId } from "./ids";
import { ChoiceItemParts } from "./choice-item-parts";
import type { Attributes } from "./types";

export type ChoiceItem = {
  value: string;
  text: ReactNode;
  /** Defaults to the group id prefix, with "-2", "-3"… after the first item. */
  id?: string;
  hint?: ReactNode;
  /** Revealed when the item is chosen; shown anyway when JavaScript is not running. */
  conditional?: ReactNode;
  defaultChecked?: boolean;
  disabled?: boolean;
  labelClassName?: string;
  attributes?: Attributes;
};

/** A separator between items, usually "or" before a "None of these" answer. */
export type ChoiceDivider = { divider: string };

/** Falsy entries are skipped but still count towards item numbering, as in the macros. */
export type ChoiceEntry<T> = T | ChoiceDivider | null | undefined | false;

export const isDivider = (entry: object): entry is ChoiceDivider => "divider" in entry;

export type RadiosProps = LegendOptions & {
  name: string;
  /** Prefix for item, hint and error ids. Defaults to `name`. */
  idPrefix?: string;
  items: ReadonlyArray<ChoiceEntry<ChoiceItem>>;
  /** The value checked when the page loads, for example the saved answer. */
  defaultValue?: string;
  /** Wraps the radios in a fieldset with this legend. */
  legend?: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  describedBy?: string;
  inline?: boolean;
  small?: boolean;
  className?: string;
  fieldsetClassName?: string;
  formGroupClassName?: string;
  attributes?: Attributes;
};

export const Radios = ({
  name,
  idPrefix: idPrefixProp,
  items,
  defaultValue,
  legend,
  legendClassName,
  legendIsPageHeading,
  hint,
  errorMessage,
  describedBy,
  inline,
  small,
  className,
  fieldsetClassName,
  formGroupClassName,
  attributes,
}: Readonly<RadiosProps>) => {
  const idPrefix = idPrefixProp || name;
  const hasError = Boolean(errorMessage);
  const ids = describeField(idPrefix, { hasHint: hasContent(hint), hasError, describedBy });
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
          className={cx("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small", className)}
          {...attributes}
          data-module="govuk-radios"
        >
          {items.map((entry, index) => {
            if (!entry) return null;
            if (isDivider(entry)) {
              return (
                <div key={`divider-${index}`} className="govuk-radios__divider">
                  {entry.divider}
                </div>
              );
            }
            const id = entry.id || itemId(idPrefix, index + 1);
            const checked =
              Boolean(entry.defaultChecked) ||
              (Boolean(defaultValue) && entry.defaultChecked !== false && entry.value === defaultValue);
            const conditionalId = `conditional-${id}`;
            const itemHintId = hasContent(entry.hint) ? `${id}-item-hint` : undefined;
            return (
              <RadioItem
                key={id}
                id={id}
                itemHintId={itemHintId}
                conditionalId={conditionalId}
                checked={checked}
                name={name}
                item={entry}
              />
            );
          })}
        </div>
      </OptionalFieldset>
    </FormGroup>
  );
};

type RadioItemProps = {
  id: string;
  name: string;
  item: ChoiceItem;
  checked: boolean;
  itemHintId?: string;
  conditionalId: string;
};

const RadioItem = ({ id, name, item, checked, itemHintId, conditionalId }: Readonly<RadioItemProps>) => {
  const hasConditional = hasContent(item.conditional);
  return (
    <ChoiceItemParts
      kind="radios"
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
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={item.value}
          defaultChecked={checked}
          disabled={item.disabled || undefined}
          data-aria-controls={hasConditional ? conditionalId : undefined}
          aria-describedby={itemHintId}
          {...item.attributes}
        />
      }
    />
  );
};
