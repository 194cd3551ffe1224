import type { ReactNode } from "react";
import { cx } from "./class-names";
import { FieldIntro, FormGroup, hasContent, type FieldBaseProps, type FieldLabelProps } from "./form-group";
import { describeField, fieldId } from "./ids";
import type { Attributes } from "./types";

export type SelectItem = {
  /** Omit to submit the text, as a plain <option> does. */
  value?: string;
  text: string;
  disabled?: boolean;
  attributes?: Attributes;
};

export type SelectProps = FieldBaseProps &
  FieldLabelProps & {
    label: ReactNode;
    items: ReadonlyArray<SelectItem>;
    /** The value (or text, for items without a value) selected when the page loads. */
    defaultValue?: string;
    className?: string;
    disabled?: boolean;
    attributes?: Attributes;
  };

export const Select = ({
  name,
  id: idProp,
  label,
  labelClassName,
  labelIsPageHeading,
  hint,
  errorMessage,
  describedBy: extraDescribedBy,
  formGroupClassName,
  formGroupAttributes,
  items,
  defaultValue,
  className,
  disabled,
  attributes,
}: Readonly<SelectProps>) => {
  const id = fieldId(name, idProp);
  const hasError = Boolean(errorMessage);
  const ids = describeField(id, { hasHint: hasContent(hint), hasError, describedBy: extraDescribedBy });
  return (
    <FormGroup hasError={hasError} className={formGroupClassName} attributes={formGroupAttributes}>
      <FieldIntro
        id={id}
        label={label}
        labelClassName={labelClassName}
        labelIsPageHeading={labelIsPageHeading}
        hint={hint}
        hintId={ids.hintId}
        errorMessage={errorMessage}
        errorId={ids.errorId}
      />
      {/* React marks the matching <option selected> when it renders defaultValue on the server. */}
      <select
        className={cx("govuk-select", className, hasError && "govuk-select--error")}
        id={id}
        name={name}
        disabled={disabled || undefined}
        aria-describedby={ids.describedBy}
        defaultValue={defaultValue}
        {...attributes}
      >
        {items.map((item, index) => (
          <option
            key={`${item.value ?? item.text}-${index}`}
            value={item.value}
            disabled={item.disabled || undefined}
            {...item.attributes}
          >
            {item.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
};
