// GET /signed-out: after signing out, the session has gone from the server as well.
import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";

export const metadata: Metadata = { title: "You have signed out", robots: { index: false } };

export default function SignedOutPage() {
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">You have signed out</h1>
      <p className="govuk-body">Your session has ended. Anyone using this browser now needs a new sign-in link to get into the staff area.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/sign-in">
          Sign in again
        </a>
      </p>
    </TwoThirdsPage>
  );
}
