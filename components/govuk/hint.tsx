import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type HintProps = {
  children: ReactNode;
  id?: string;
  className?: string;
  attributes?: Attributes;
};

export const Hint = ({ children, id, className, attributes }: Readonly<HintProps>) => (
  <div id={id} className={cx("govuk-hint", className)} {...attributes}>
    {children}
  </div>
);
