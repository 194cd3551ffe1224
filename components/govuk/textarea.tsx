import type { ReactNode } from "react";
import { cx } from "./class-names";
import { FieldIntro, FormGroup, hasContent, type FieldBaseProps, type FieldLabelProps } from "./form-group";
import { describeField, fieldId } from "./ids";
import type { Attributes } from "./types";

export type TextareaProps = FieldBaseProps &
  FieldLabelProps & {
    label: ReactNode;
    defaultValue?: string;
    rows?: number;
    className?: string;
    spellCheck?: boolean;
    autoComplete?: string;
    disabled?: boolean;
    attributes?: Attributes;
    /** Rendered after the textarea inside the form group (used by the character count). */
    afterInput?: ReactNode;
  };

export const Textarea = ({
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
  defaultValue,
  rows = 5,
  className,
  spellCheck,
  autoComplete,
  disabled,
  attributes,
  afterInput,
}: Readonly<TextareaProps>) => {
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
      <textarea
        className={cx("govuk-textarea", hasError && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        spellCheck={spellCheck}
        disabled={disabled || undefined}
        aria-describedby={ids.describedBy}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        {...attributes}
      />
      {afterInput}
    </FormGroup>
  );
};
