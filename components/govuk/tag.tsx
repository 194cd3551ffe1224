import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

/** Blue is the default tag colour and has no modifier class. */
export type TagColour =
  "blue" | "grey" | "green" | "turquoise" | "teal" | "purple" | "magenta" | "pink" | "red" | "orange" | "yellow";

export type TagProps = {
  children: ReactNode;
  colour?: TagColour;
  className?: string;
  attributes?: Attributes;
};

export const Tag = ({ children, colour = "blue", className, attributes }: Readonly<TagProps>) => (
  <strong className={cx("govuk-tag", colour !== "blue" && `govuk-tag--${colour}`, className)} {...attributes}>
    {children}
  </strong>
);
