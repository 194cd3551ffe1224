import type { ReactNode } from "react";
import { cx } from "@/components/govuk/class-names";

export type ServiceNavigationItem = {
  text: ReactNode;
  href?: string;
  /** This item is the current page (aria-current="page"). */
  current?: boolean;
  /** The current page is within this section (aria-current="true"). */
  active?: boolean;
};

export type ServiceNavigationProps = {
  serviceName?: ReactNode;
  serviceUrl?: string;
  items?: ReadonlyArray<ServiceNavigationItem>;
  /** Accessible name of the nav. Defaults to the menu button text. */
  navigationLabel?: string;
  menuButtonText?: string;
  navigationId?: string;
  /** Accessible name of the section landmark when a service name is shown. */
  ariaLabel?: string;
  /** With JavaScript, fold the links behind a "Menu" button on small screens. Defaults to true for 2+ links. */
  collapseNavigationOnMobile?: boolean;
  className?: string;
  /** GOV.UK's "end" slot, aligned to the right of the navigation: account links such as sign out. */
  end?: ReactNode;
};

const NavItem = ({ item }: Readonly<{ item: ServiceNavigationItem }>) => {
  const isActive = Boolean(item.active || item.current);
  const ariaCurrent = isActive ? (item.current ? "page" : "true") : undefined;
  // The <strong> keeps the current item distinguishable when colours are overridden.
  const content = isActive ? (
    <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
  ) : (
    item.text
  );
  return (
    <li className={cx("govuk-service-navigation__item", isActive && "govuk-service-navigation__item--active")}>
      {item.href ? (
        <a className="govuk-service-navigation__link" href={item.href} aria-current={ariaCurrent}>
          {content}
        </a>
      ) : (
        <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
          {content}
        </span>
      )}
    </li>
  );
};

/** GOV.UK service navigation: the service name and the service's main sections. */
export const ServiceNavigation = ({
  serviceName,
  serviceUrl,
  items = [],
  navigationLabel,
  menuButtonText = "Menu",
  navigationId = "navigation",
  ariaLabel = "Service information",
  collapseNavigationOnMobile,
  className,
  end,
}: Readonly<ServiceNavigationProps>) => {
  const collapse = collapseNavigationOnMobile ?? items.length > 1;
  const inner = (
    <div className={cx("govuk-width-container", Boolean(end) && "govuk-service-navigation__inlining-container")}>
      <div className="govuk-service-navigation__container">
        {serviceName && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <a href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {items.length > 0 && (
          <nav aria-label={navigationLabel || menuButtonText} className="govuk-service-navigation__wrapper">
            {collapse && (
              // Hidden until GOV.UK Frontend's JavaScript takes over; without it every link shows.
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {items.map((item, index) => (
                <NavItem key={item.href ?? index} item={item} />
              ))}
            </ul>
          </nav>
        )}
      </div>
      {end}
    </div>
  );
  const classes = cx("govuk-service-navigation", className);
  // A named section is a landmark only when it holds more than the nav itself.
  return serviceName || end ? (
    <section aria-label={ariaLabel} className={classes} data-module="govuk-service-navigation">
      {inner}
    </section>
  ) : (
    <div className={classes} data-module="govuk-service-navigation">
      {inner}
    </div>
  );
};
