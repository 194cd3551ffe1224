import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type LabelProps = {
  children?: ReactNode;
  htmlFor?: string;
  /** For example "govuk-label--l" when the label is the page heading. */
  className?: string;
  /** Wraps the label in an h1, for one-question pages. */
  isPageHeading?: boolean;
  attributes?: Attributes;
};

export const Label = ({ children, htmlFor, className, isPageHeading, attributes }: Readonly<LabelProps>) => {
  // The macro renders nothing without label text; keep that so optional labels are safe.
  if (children === undefined || children === null || children === "") return null;
  const label = (
    <label className={cx("govuk-label", className)} {...attributes} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
};
