import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes, HeadingLevel } from "./types";

export type SummaryListAction = {
  href: string;
  text: ReactNode;
  /** Completes the link text for screen readers, for example "name" after "Change". */
  visuallyHiddenText?: string;
  className?: string;
  attributes?: Attributes;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: ReadonlyArray<SummaryListAction>;
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
};

export type SummaryCardOptions = {
  title?: ReactNode;
  /** Plain text of the title for hidden action text (so "Change" links are unique). Defaults to a string title. */
  titleText?: string;
  headingLevel?: HeadingLevel;
  actions?: ReadonlyArray<SummaryListAction>;
  className?: string;
};

export type SummaryListProps = {
  rows: ReadonlyArray<SummaryListRow | null | undefined | false>;
  /** Wraps the list in a summary card. */
  card?: SummaryCardOptions;
  className?: string;
  attributes?: Attributes;
};

const ActionLink = ({ action, cardTitle }: Readonly<{ action: SummaryListAction; cardTitle?: string }>) => (
  <a className={cx("govuk-link", action.className)} href={action.href} {...action.attributes}>
    {action.text}
    {(action.visuallyHiddenText || cardTitle) && (
      <span className="govuk-visually-hidden">
        {action.visuallyHiddenText && ` ${action.visuallyHiddenText}`}
        {cardTitle && ` (${cardTitle})`}
      </span>
    )}
  </a>
);

const RowActions = ({
  actions,
  cardTitle,
}: Readonly<{ actions: ReadonlyArray<SummaryListAction>; cardTitle?: string }>) =>
  actions.length === 1 ? (
    <ActionLink action={actions[0]} cardTitle={cardTitle} />
  ) : (
    <ul className="govuk-summary-list__actions-list">
      {actions.map((action, index) => (
        <li key={`${index}-${action.href}`} className="govuk-summary-list__actions-list-item">
          <ActionLink action={action} cardTitle={cardTitle} />
        </li>
      ))}
    </ul>
  );

export const SummaryList = ({ rows, card, className, attributes }: Readonly<SummaryListProps>) => {
  const shownRows = rows.filter((row): row is SummaryListRow => Boolean(row));
  const cardTitle = card?.titleText ?? (typeof card?.title === "string" ? card.title : undefined);
  const anyRowHasActions = shownRows.some((row) => (row.actions ?? []).length > 0);
  const list = (
    <dl className={cx("govuk-summary-list", className)} {...attributes}>
      {shownRows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={cx(
              "govuk-summary-list__row",
              anyRowHasActions && actions.length === 0 && "govuk-summary-list__row--no-actions",
              row.className,
            )}
          >
            <dt className={cx("govuk-summary-list__key", row.keyClassName)}>{row.key}</dt>
            <dd className={cx("govuk-summary-list__value", row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                <RowActions actions={actions} cardTitle={cardTitle} />
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;

  const Heading = `h${card.headingLevel ?? 2}` as const;
  const cardActions = card.actions ?? [];
  return (
    <div className={cx("govuk-summary-card", card.className)}>
      <div className="govuk-summary-card__title-wrapper">
        {card.title && <Heading className="govuk-summary-card__title">{card.title}</Heading>}
        {cardActions.length === 1 && (
          <div className="govuk-summary-card__actions">
            <ActionLink action={cardActions[0]} cardTitle={cardTitle} />
          </div>
        )}
        {cardActions.length > 1 && (
          <ul className="govuk-summary-card__actions">
            {cardActions.map((action, index) => (
              <li key={`${index}-${action.href}`} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={cardTitle} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
};
