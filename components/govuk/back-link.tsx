import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type BackLinkProps = {
  /** A real URL, so the link works without JavaScript. */
  href: string;
  children?: ReactNode;
  className?: string;
  attributes?: Attributes;
};

export const BackLink = ({ href, children = "Back", className, attributes }: Readonly<BackLinkProps>) => (
  <a href={href} className={cx("govuk-back-link", className)} {...attributes}>
    {children}
  </a>
);
