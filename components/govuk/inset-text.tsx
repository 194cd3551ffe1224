import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type InsetTextProps = {
  children: ReactNode;
  id?: string;
  className?: string;
  attributes?: Attributes;
};

export const InsetText = ({ children, id, className, attributes }: Readonly<InsetTextProps>) => (
  <div id={id} className={cx("govuk-inset-text", className)} {...attributes}>
    {children}
  </div>
);
