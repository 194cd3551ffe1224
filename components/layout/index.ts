export { GridColumn, GridRow, TwoThirdsPage, type ColumnWidth, type GridColumnProps } from "./grid";
export { PhaseBanner, type PhaseBannerProps } from "./phase-banner";
export { ServiceNavigation, type ServiceNavigationItem, type ServiceNavigationProps } from "./service-navigation";
export { feedbackHref, siteConfig } from "./site-config";
export { DEFAULT_FOOTER_LINKS, SiteFooter, type FooterLink, type SiteFooterProps } from "./site-footer";
export { DEFAULT_NAVIGATION, SiteHeader, type SiteHeaderProps } from "./site-header";
