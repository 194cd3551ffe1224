import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type DetailsProps = {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
  className?: string;
  attributes?: Attributes;
};

export const Details = ({ summary, children, open, id, className, attributes }: Readonly<DetailsProps>) => (
  <details id={id} className={cx("govuk-details", className)} {...attributes} open={open || undefined}>
    <summary className="govuk-details__summary">
      <span className="govuk-details__summary-text">{summary}</span>
    </summary>
    <div className="govuk-details__text">{children}</div>
  </details>
);
