// What a respond page shows when it cannot load, for example while the database is
// unreachable. Rendered by the page itself because, in a Next 16 production build, an error
// thrown while rendering reaches visitors without JavaScript as a blank 500 page (error.tsx only
// appears once scripts run), which tells a respondent nothing. The wording matches error.tsx.
import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { TwoThirdsPage } from "@/components/layout/grid";

export const SERVICE_PROBLEM_TITLE = "Sorry, there is a problem with the service";

export const ServiceProblem = () => (
  <TwoThirdsPage>
    <h1 className="govuk-heading-l">{SERVICE_PROBLEM_TITLE}</h1>
    <p className="govuk-body">Try again in a few minutes: go back and press the button again, or reload this page.</p>
    <p className="govuk-body">
      Answers you saved before the problem are still there. If you were sending your response, sending it again will not
      send it twice.
    </p>
  </TwoThirdsPage>
);

/** Redirects and not-found pass through (Next's own control flow); any other failure logs and shows ServiceProblem. */
function unexpected(error: unknown): void {
  unstable_rethrow(error);
  console.error("[respond] page could not load", error);
}

export function withServiceProblem<P>(page: (props: P) => Promise<ReactNode>): (props: P) => Promise<ReactNode> {
  return async (props) => {
    try {
      return await page(props);
    } catch (error) {
      unexpected(error);
      return <ServiceProblem />;
    }
  };
}

export function withServiceProblemTitle<P>(metadata: (props: P) => Promise<Metadata>): (props: P) => Promise<Metadata> {
  return async (props) => {
    try {
      return await metadata(props);
    } catch (error) {
      unexpected(error);
      return { title: SERVICE_PROBLEM_TITLE };
    }
  };
}
