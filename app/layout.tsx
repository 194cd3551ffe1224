import type { Metadata, Viewport } from "next";
import { unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { GovukFrontendInit } from "@/components/govuk/client/govuk-frontend-init";
import { NewPageFocus } from "@/components/layout/new-page-focus";
import { SkipLink } from "@/components/govuk/skip-link";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { CouncilNameProvider } from "@/components/layout/council-name";
import { staffLinks } from "@/components/staff/staff-links";
import { getCurrentStaff } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { documentTitle } from "@/lib/text/document-title";
import { signOutAction } from "./(staff)/staff/actions";
import "./styles/main.scss";

// Per request, from the COUNCIL_NAME setting: the same name as the header, footer and form titles.
export function generateMetadata(): Metadata {
  const councilName = env().COUNCIL_NAME;
  return {
    title: { default: documentTitle({ councilName }), template: documentTitle({ page: "%s", councilName }) },
    description: `Find ${councilName} consultations, have your say, and see what changed because of what people told us.`,
    icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
  };
}

export const viewport: Viewport = {
  // Matches the header so mobile browser chrome blends in.
  themeColor: "#106165",
};

/** The header's staff sections, when a member of staff is signed in; never a reason for a public page to fail. */
async function headerStaff() {
  try {
    const staff = await getCurrentStaff();
    return staff && { links: staffLinks(staff.role), signOutAction };
  } catch (error) {
    // Next's own signals (a page rendered per request, a redirect) must reach Next.
    unstable_rethrow(error);
    return null;
  }
}

const RootLayout = async ({ children }: Readonly<{ children: ReactNode }>) => {
  // Every page renders per request: Next puts each response's CSP nonce on its inline scripts
  // only then (scripts/serve/app-server.mjs), and a page prerendered at build time would carry
  // scripts without one, which the policy blocks (issue #15).
  await connection();
  return <Document staff={await headerStaff()}>{children}</Document>;
};

type DocumentProps = { staff: Awaited<ReturnType<typeof headerStaff>>; children: ReactNode };

const Document = ({ staff, children }: Readonly<DocumentProps>) => (
  <html lang="en" className="govuk-template govuk-template--rebranded">
    <body className="govuk-template__body">
      <GovukFrontendInit />
      <NewPageFocus />
      <SkipLink href="#main-content" />
      <SiteHeader councilName={env().COUNCIL_NAME} staff={staff} />
      <PhaseBanner />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <CouncilNameProvider councilName={env().COUNCIL_NAME}>{children}</CouncilNameProvider>
        </main>
      </div>
      <SiteFooter councilName={env().COUNCIL_NAME} />
    </body>
  </html>
);

export default RootLayout;
