import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type ErrorSummaryItem = {
  text: ReactNode;
  /** Usually `#${fieldId}`, so the link moves focus to the field with the error. */
  href?: string;
  attributes?: Attributes;
};

export type ErrorSummaryProps = {
  errorList: ReadonlyArray<ErrorSummaryItem>;
  title?: ReactNode;
  description?: ReactNode;
  /**
   * GOV.UK Frontend moves focus to the summary when the page loads so screen readers
   * announce it. Pass true to stop that, false to state the default explicitly.
   */
  disableAutoFocus?: boolean;
  className?: string;
  attributes?: Attributes;
};

/**
 * Put at the top of the main column, before the h1. Renders nothing when there are no
 * errors and no description, so forms can always include it.
 */
export const ErrorSummary = ({
  errorList,
  title = "There is a problem",
  description,
  disableAutoFocus,
  className,
  attributes,
}: Readonly<ErrorSummaryProps>) => {
  if (errorList.length === 0 && !description) return null;
  return (
    <div
      className={cx("govuk-error-summary", className)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      {...attributes}
      data-module="govuk-error-summary"
    >
      {/* role="alert" sits on a child so focusing the summary does not race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          {errorList.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                <li key={`${index}-${item.href ?? ""}`}>
                  {item.href ? (
                    <a href={item.href} {...item.attributes}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
};
