import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type SkipLinkProps = {
  href?: string;
  children?: ReactNode;
  className?: string;
  attributes?: Attributes;
};

/** The first focusable element on every page; it jumps past the header to the main content. */
export const SkipLink = ({
  href = "#main-content",
  children = "Skip to main content",
  className,
  attributes,
}: Readonly<SkipLinkProps>) => (
  <a href={href} className={cx("govuk-skip-link", className)} {...attributes} data-module="govuk-skip-link">
    {children}
  </a>
);
