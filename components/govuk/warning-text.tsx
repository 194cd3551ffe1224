import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type WarningTextProps = {
  children: ReactNode;
  /** Read out in place of the "!" icon. */
  iconFallbackText?: string;
  className?: string;
  attributes?: Attributes;
};

export const WarningText = ({
  children,
  iconFallbackText = "Warning",
  className,
  attributes,
}: Readonly<WarningTextProps>) => (
  <div className={cx("govuk-warning-text", className)} {...attributes}>
    <span className="govuk-warning-text__icon" aria-hidden="true">
      !
    </span>
    <strong className="govuk-warning-text__text">
      <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
    </strong>
  </div>
);
