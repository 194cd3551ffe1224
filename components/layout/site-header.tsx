import { HeaderNavigation, type HeaderNavigationProps } from "./header-navigation";
import type { ServiceNavigationItem } from "./service-navigation";
import { siteConfig } from "./site-config";

export const DEFAULT_NAVIGATION: ReadonlyArray<ServiceNavigationItem> = [
  { text: "Consultations", href: "/" },
  { text: "Outcomes", href: "/outcomes" },
];

export type SiteHeaderProps = {
  councilName: string;
  councilUrl?: string;
  serviceName?: string;
  serviceUrl?: string;
  navigation?: ReadonlyArray<ServiceNavigationItem>;
  /** The signed-in member of staff's sections and sign-out, shown on staff pages. */
  staff?: HeaderNavigationProps["staff"];
};

/**
 * Council header (GOV.UK generic header with a text logotype, no crown) followed by the
 * service navigation, inside the page's banner landmark.
 */
export const SiteHeader = ({
  councilName,
  councilUrl = siteConfig.councilUrl,
  serviceName = siteConfig.serviceName,
  serviceUrl = "/",
  navigation = DEFAULT_NAVIGATION,
  staff = null,
}: Readonly<SiteHeaderProps>) => (
  <header className="govuk-template__header">
    <div className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <a href={councilUrl} className="govuk-generic-header__homepage-link">
            <span className="app-header__logotype">{councilName}</span>
          </a>
        </div>
      </div>
    </div>
    <HeaderNavigation serviceName={serviceName} serviceUrl={serviceUrl} items={navigation} staff={staff} />
  </header>
);
