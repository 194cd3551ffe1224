import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type PaginationLink = {
  href: string;
  /** Defaults to "Previous page" / "Next page" (with "page" visually hidden). */
  text?: ReactNode;
  /** Block style only: for example the title of the previous or next page. */
  labelText?: string;
  attributes?: Attributes;
};

export type PaginationPage = { number: number; href: string; current?: boolean; visuallyHiddenText?: string };
export type PaginationEllipsis = { ellipsis: true };
export type PaginationItem = PaginationPage | PaginationEllipsis;

export type PaginationProps = {
  previous?: PaginationLink;
  next?: PaginationLink;
  /** Numbered pages. Without them, previous and next are shown as a block (for a series of pages). */
  items?: ReadonlyArray<PaginationItem>;
  landmarkLabel?: string;
  className?: string;
  attributes?: Attributes;
};

const ArrowPrevious = () => (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--prev"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
  </svg>
);

const ArrowNext = () => (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--next"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
  </svg>
);

type ArrowLinkProps = { link: PaginationLink; type: "prev" | "next"; blockLevel: boolean };

const ArrowLink = ({ link, type, blockLevel }: Readonly<ArrowLinkProps>) => {
  const Arrow = type === "prev" ? ArrowPrevious : ArrowNext;
  const fallback = type === "prev" ? "Previous" : "Next";
  return (
    <div className={`govuk-pagination__${type}`}>
      <a className="govuk-link govuk-pagination__link" href={link.href} rel={type} {...link.attributes}>
        {(blockLevel || type === "prev") && <Arrow />}
        <span
          className={cx(
            "govuk-pagination__link-title",
            blockLevel && !link.labelText && "govuk-pagination__link-title--decorated",
          )}
        >
          {link.text ?? (
            <>
              {fallback}
              <span className="govuk-visually-hidden"> page</span>
            </>
          )}
        </span>
        {link.labelText && blockLevel && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!blockLevel && type === "next" && <Arrow />}
      </a>
    </div>
  );
};

export const Pagination = ({
  previous,
  next,
  items,
  landmarkLabel = "Pagination",
  className,
  attributes,
}: Readonly<PaginationProps>) => {
  const blockLevel = !items && Boolean(previous || next);
  return (
    <nav
      className={cx("govuk-pagination", blockLevel && "govuk-pagination--block", className)}
      aria-label={landmarkLabel}
      {...attributes}
    >
      {previous?.href && <ArrowLink link={previous} type="prev" blockLevel={blockLevel} />}
      {items && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            "ellipsis" in item ? (
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                {"\u22EF"}
              </li>
            ) : (
              <li
                key={item.number}
                className={cx("govuk-pagination__item", item.current && "govuk-pagination__item--current")}
              >
                <a
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
                  aria-current={item.current ? "page" : undefined}
                >
                  {item.number}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
      {next?.href && <ArrowLink link={next} type="next" blockLevel={blockLevel} />}
    </nav>
  );
};

/**
 * Numbered items in the GOV.UK pattern: first, last, current and its neighbours, with
 * ellipses for gaps. For example page 6 of 10 gives 1 … 5 6 7 … 10.
 */
export const paginationItems = (
  current: number,
  total: number,
  hrefFor: (page: number) => string,
): PaginationItem[] => {
  const pages = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total));
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  sorted.forEach((page, index) => {
    if (index > 0 && page - sorted[index - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: page, href: hrefFor(page), current: page === current });
  });
  return items;
};
