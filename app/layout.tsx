import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GovukFrontendInit } from "@/components/govuk/client/govuk-frontend-init";
import { NewPageFocus } from "@/components/layout/new-page-focus";
import { SkipLink } from "@/components/govuk/skip-link";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteConfig } from "@/components/layout/site-config";
import { env } from "@/lib/env";
import "./styles/main.scss";

const siteTitle = `${siteConfig.serviceName} – ${siteConfig.councilName}`;

export const metadata: Metadata = {
  title: { default: siteTitle, template: `%s – ${siteTitle}` },
  description: `Find ${siteConfig.councilName} consultations, have your say, and see what changed because of what people told us.`,
  icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
};

export const viewport: Viewport = {
  // Matches the header so mobile browser chrome blends in.
  themeColor: "#106165",
};

const RootLayout = ({ children }: Readonly<{ children: ReactNode }>) => (
  <html lang="en" className="govuk-template govuk-template--rebranded">
    <body className="govuk-template__body">
      <GovukFrontendInit />
      <NewPageFocus />
      <SkipLink href="#main-content" />
      <SiteHeader councilName={env().COUNCIL_NAME} />
      <PhaseBanner />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <SiteFooter councilName={env().COUNCIL_NAME} />
    </body>
  </html>
);

export default RootLayout;
