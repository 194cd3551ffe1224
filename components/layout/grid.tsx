import type { ReactNode } from "react";
import { cx } from "@/components/govuk/class-names";

export type ColumnWidth = "full" | "one-half" | "one-third" | "two-thirds" | "one-quarter" | "three-quarters";

export const GridRow = ({ children, className }: Readonly<{ children: ReactNode; className?: string }>) => (
  <div className={cx("govuk-grid-row", className)}>{children}</div>
);

export type GridColumnProps = {
  children: ReactNode;
  width?: ColumnWidth;
  /** Width from the desktop breakpoint, for example one-third on desktop but full on tablet. */
  desktopWidth?: ColumnWidth;
  className?: string;
};

export const GridColumn = ({ children, width = "full", desktopWidth, className }: Readonly<GridColumnProps>) => (
  <div
    className={cx(
      `govuk-grid-column-${width}`,
      desktopWidth && `govuk-grid-column-${desktopWidth}-from-desktop`,
      className,
    )}
  >
    {children}
  </div>
);

/**
 * The usual GOV.UK content page: a two-thirds column, which keeps lines readable.
 * Pages that need a sidebar compose GridRow and GridColumn instead.
 */
export const TwoThirdsPage = ({ children, className }: Readonly<{ children: ReactNode; className?: string }>) => (
  <GridRow>
    <GridColumn width="two-thirds" className={className}>
      {children}
    </GridColumn>
  </GridRow>
);
