"use client";

// Next.js requires error boundaries to be client components. Without JavaScript our server
// sends the same words from app/problem/[status] (scripts/serve/error-page-fallback.mjs); only
// "Try again" needs JavaScript.
import { useEffect } from "react";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { ServiceProblem } from "@/components/layout/service-problem";

type ErrorPageProps = {
  error: unknown;
  retry: () => void;
};

const ErrorPage = ({ error, retry }: Readonly<ErrorPageProps>) => {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <FormPageTitle title="Sorry, there is a problem with the service" hasError={false} />
      <ServiceProblem>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => retry()}
        >
          Try again
        </button>
      </ServiceProblem>
    </>
  );
};

export default ErrorPage;
