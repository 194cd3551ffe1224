import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from "react";
import { cx } from "./class-names";
import { FieldIntro, FormGroup, hasContent, type FieldBaseProps, type FieldLabelProps } from "./form-group";
import { describeField, fieldId } from "./ids";
import type { Attributes } from "./types";

/** Fixed widths size by characters; fluid widths by proportion of the container. */
export type InputWidth =
  2 | 3 | 4 | 5 | 10 | 20 | 30 | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

export const inputWidthClass = (width?: InputWidth): string | undefined => {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
};

export type TextInputProps = FieldBaseProps &
  FieldLabelProps & {
    label: ReactNode;
    type?: HTMLInputTypeAttribute;
    defaultValue?: string;
    width?: InputWidth;
    /** Extra classes on the input, for example "govuk-input--extra-letter-spacing". */
    className?: string;
    autoComplete?: HTMLInputAutoCompleteAttribute;
    inputMode?: "none" | "text" | "tel" | "url" | "email" | "numeric" | "decimal" | "search";
    spellCheck?: boolean;
    autoCapitalize?: string;
    pattern?: string;
    disabled?: boolean;
    /** Text shown before the input, for example "£". Hidden from screen readers, as in GOV.UK. */
    prefix?: ReactNode;
    /** Text shown after the input, for example "per item". */
    suffix?: ReactNode;
    attributes?: Attributes;
  };

export const TextInput = ({
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
  type = "text",
  defaultValue,
  width,
  className,
  autoComplete,
  inputMode,
  spellCheck,
  autoCapitalize,
  pattern,
  disabled,
  prefix,
  suffix,
  attributes,
}: Readonly<TextInputProps>) => {
  const id = fieldId(name, idProp);
  const hasError = Boolean(errorMessage);
  const ids = describeField(id, { hasHint: hasContent(hint), hasError, describedBy: extraDescribedBy });
  const input = (
    <input
      className={cx("govuk-input", inputWidthClass(width), className, hasError && "govuk-input--error")}
      id={id}
      name={name}
      type={type}
      spellCheck={spellCheck}
      defaultValue={defaultValue}
      disabled={disabled || undefined}
      aria-describedby={ids.describedBy}
      autoComplete={autoComplete}
      autoCapitalize={autoCapitalize}
      pattern={pattern}
      inputMode={inputMode}
      {...attributes}
    />
  );
  const hasAffix = hasContent(prefix) || hasContent(suffix);
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
      {hasAffix ? (
        <div className="govuk-input__wrapper">
          {hasContent(prefix) && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {hasContent(suffix) && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
};
