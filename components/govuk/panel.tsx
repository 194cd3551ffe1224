import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes, HeadingLevel } from "./types";

export type PanelProps = {
  title: ReactNode;
  /** Body text, for example a reference number. */
  children?: ReactNode;
  headingLevel?: HeadingLevel;
  className?: string;
  attributes?: Attributes;
};

/** The confirmation panel shown when someone has finished, for example after sending a response. */
export const Panel = ({ title, children, headingLevel = 1, className, attributes }: Readonly<PanelProps>) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("govuk-panel", "govuk-panel--confirmation", className)} {...attributes}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && children !== null && children !== "" && (
        <div className="govuk-panel__body">{children}</div>
      )}
    </div>
  );
};
