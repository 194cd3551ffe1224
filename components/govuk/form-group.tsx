import type { ReactNode } from "react";
import { cx } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";
import { Label } from "./label";
import type { Attributes } from "./types";

/** Label options shared by single-control fields (text input, textarea, select). */
export type FieldLabelProps = {
  label?: ReactNode;
  /** For example "govuk-label--l". */
  labelClassName?: string;
  /** Wraps the label in an h1, for one-question pages. */
  labelIsPageHeading?: boolean;
};

/** Props every form field accepts so it works in a plain server-rendered form. */
export type FieldBaseProps = {
  name: string;
  /** Defaults to `name`; the error summary links to `#${id}`. */
  id?: string;
  hint?: ReactNode;
  /** Shown above the control; also turns on the error styling. */
  errorMessage?: string;
  /** Extra ids to put before the hint and error in aria-describedby. */
  describedBy?: string;
  formGroupClassName?: string;
  formGroupAttributes?: Attributes;
};

type FormGroupProps = {
  children: ReactNode;
  hasError?: boolean;
  className?: string;
  attributes?: Attributes;
};

export const FormGroup = ({ children, hasError, className, attributes }: Readonly<FormGroupProps>) => (
  <div className={cx("govuk-form-group", hasError && "govuk-form-group--error", className)} {...attributes}>
    {children}
  </div>
);

type FieldIntroProps = FieldLabelProps & {
  id: string;
  hint?: ReactNode;
  hintId?: string;
  errorMessage?: string;
  errorId?: string;
};

/** The label, hint and error message that sit above a control, in GOV.UK order. */
export const FieldIntro = ({
  id,
  label,
  labelClassName,
  labelIsPageHeading,
  hint,
  hintId,
  errorMessage,
  errorId,
}: Readonly<FieldIntroProps>) => (
  <>
    <Label htmlFor={id} className={labelClassName} isPageHeading={labelIsPageHeading}>
      {label}
    </Label>
    {hintId && <Hint id={hintId}>{hint}</Hint>}
    {errorId && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
  </>
);

/** True when a hint was given; an empty string counts as no hint. */
export const hasContent = (node: ReactNode): boolean =>
  node !== undefined && node !== null && node !== false && node !== "";
