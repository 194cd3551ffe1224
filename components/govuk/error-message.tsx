import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type ErrorMessageProps = {
  children: ReactNode;
  id?: string;
  className?: string;
  /** Prefix read out before the message. Defaults to "Error"; pass false to leave it out. */
  visuallyHiddenText?: string | false;
  attributes?: Attributes;
};

export const ErrorMessage = ({
  children,
  id,
  className,
  visuallyHiddenText = "Error",
  attributes,
}: Readonly<ErrorMessageProps>) => (
  <p id={id} className={cx("govuk-error-message", className)} {...attributes}>
    {visuallyHiddenText ? (
      <>
        <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
      </>
    ) : (
      children
    )}
  </p>
);
