import type { ReactNode } from "react";
import { cx } from "./class-names";
import { Hint } from "./hint";
import { Label } from "./label";

type Props = {
  /** "radios" or "checkboxes": the GOV.UK class prefix; the markup is otherwise the same. */
  kind: "radios" | "checkboxes";
  id: string;
  text: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  itemHintId?: string;
  conditional?: ReactNode;
  conditionalId: string;
  hasConditional: boolean;
  checked: boolean;
  /** The item's <input>, which differs between radios and checkboxes. */
  input: ReactNode;
};

/** One radio or checkbox item: input, label, hint and the content it reveals. */
export const ChoiceItemParts = ({
  kind,
  id,
  text,
  labelClassName,
  hint,
  itemHintId,
  conditional,
  conditionalId,
  hasConditional,
  checked,
  input,
}: Readonly<Props>) => (
  <>
    <div className={`govuk-${kind}__item`}>
      {input}
      <Label htmlFor={id} className={cx(`govuk-${kind}__label`, labelClassName)}>
        {text}
      </Label>
      {itemHintId && (
        <Hint id={itemHintId} className={`govuk-${kind}__hint`}>
          {hint}
        </Hint>
      )}
    </div>
    {hasConditional && (
      <div
        className={cx(`govuk-${kind}__conditional`, !checked && `govuk-${kind}__conditional--hidden`)}
        id={conditionalId}
      >
        {conditional}
      </div>
    )}
  </>
);
