"use client";

// Next.js requires error boundaries to be client components. The page stays useful
// without JavaScript: the message and contact details need none, only "Try again" does.
import { useEffect } from "react";
import { FormPageTitle } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";

type ErrorPageProps = {
  error: unknown;
  retry: () => void;
};

const ErrorPage = ({ error, retry }: Readonly<ErrorPageProps>) => {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <TwoThirdsPage>
      <FormPageTitle title="Sorry, there is a problem with the service" hasError={false} />
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        If you were responding to a consultation, answers you saved before the problem should still be there when you
        come back.
      </p>
      <p className="govuk-body">
        If you need help, contact the {siteConfig.contactTeam.toLowerCase()} at{" "}
        <a href={`mailto:${siteConfig.contactEmail}`} className="govuk-link">
          {siteConfig.contactEmail}
        </a>{" "}
        or call {siteConfig.contactPhone}.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => retry()}>
        Try again
      </button>
    </TwoThirdsPage>
  );
};

export default ErrorPage;
