import type { Metadata } from "next";
import Link from "next/link";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";
import { env } from "@/lib/env";
import { documentTitle } from "@/lib/text/document-title";

// Through the one title builder, as every page's title is (issue #17).
export const generateMetadata = (): Metadata => ({
  title: { absolute: documentTitle({ page: "Page not found", councilName: env().COUNCIL_NAME }) },
});

const NotFound = () => (
  <TwoThirdsPage>
    <h1 className="govuk-heading-l">Page not found</h1>
    <p className="govuk-body">If you typed the web address, check it is correct.</p>
    <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    <p className="govuk-body">
      If the web address is correct or you selected a link or button, you can{" "}
      <Link href="/" className="govuk-link">
        see all consultations
      </Link>{" "}
      or contact the {siteConfig.contactTeam.toLowerCase()} at{" "}
      <a href={`mailto:${siteConfig.contactEmail}`} className="govuk-link">
        {siteConfig.contactEmail}
      </a>
      .
    </p>
  </TwoThirdsPage>
);

export default NotFound;
