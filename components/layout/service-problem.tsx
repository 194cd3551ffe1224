import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";

/** "Sorry, there is a problem with the service", as GOV.UK words it; `children` adds a "Try again" where JavaScript can. */
export const ServiceProblem = ({ children }: Readonly<{ children?: React.ReactNode }>) => (
  <TwoThirdsPage>
    <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
    <p className="govuk-body">Try again later.</p>
    <p className="govuk-body">
      If you were responding to a consultation, answers you saved before the problem should still be there when you come
      back.
    </p>
    <p className="govuk-body">
      If you need help, contact the {siteConfig.contactTeam.toLowerCase()} at{" "}
      <a href={`mailto:${siteConfig.contactEmail}`} className="govuk-link">
        {siteConfig.contactEmail}
      </a>{" "}
      or call {siteConfig.contactPhone}.
    </p>
    {children}
  </TwoThirdsPage>
);
