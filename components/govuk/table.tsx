import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type TableCell = {
  text: ReactNode;
  /** "numeric" right-aligns figures so they line up. */
  format?: "numeric";
  colSpan?: number;
  rowSpan?: number;
  className?: string;
  attributes?: Attributes;
};

export type TableProps = {
  caption?: ReactNode;
  /** For example "govuk-table__caption--m". */
  captionClassName?: string;
  head?: ReadonlyArray<TableCell>;
  rows: ReadonlyArray<ReadonlyArray<TableCell> | null | undefined | false>;
  /** Makes the first cell of each row a row header (th scope="row"). */
  firstCellIsHeader?: boolean;
  className?: string;
  attributes?: Attributes;
};

export const Table = ({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader,
  className,
  attributes,
}: Readonly<TableProps>) => (
  <table className={cx("govuk-table", className)} {...attributes}>
    {caption !== undefined && caption !== null && caption !== "" && (
      <caption className={cx("govuk-table__caption", captionClassName)}>{caption}</caption>
    )}
    {head && (
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell, index) => (
            <th
              key={index}
              scope="col"
              className={cx(
                "govuk-table__header",
                cell.format && `govuk-table__header--${cell.format}`,
                cell.className,
              )}
              colSpan={cell.colSpan}
              rowSpan={cell.rowSpan}
              {...cell.attributes}
            >
              {cell.text}
            </th>
          ))}
        </tr>
      </thead>
    )}
    <tbody className="govuk-table__body">
      {rows.map((row, rowIndex) =>
        row ? (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((cell, index) =>
              index === 0 && firstCellIsHeader ? (
                <th
                  key={index}
                  scope="row"
                  className={cx("govuk-table__header", cell.className)}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  {...cell.attributes}
                >
                  {cell.text}
                </th>
              ) : (
                <td
                  key={index}
                  className={cx(
                    "govuk-table__cell",
                    cell.format && `govuk-table__cell--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  {...cell.attributes}
                >
                  {cell.text}
                </td>
              ),
            )}
          </tr>
        ) : null,
      )}
    </tbody>
  </table>
);
