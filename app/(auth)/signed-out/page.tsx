// GET /signed-out: after signing out, the session has gone from the server as well. When the
// council's identity provider offers an end-session endpoint, the person may leave it too.
import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";
import { oidcAccountName, providerSignOutUrl } from "@/lib/auth/oidc-config";

export const metadata: Metadata = { title: "You have signed out", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function SignedOutPage() {
  const providerSignOut = await providerSignOutUrl();
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">You have signed out</h1>
      <p className="govuk-body">
        Your session has ended. Anyone using this browser now needs to sign in again to get into the staff area.
      </p>
      {providerSignOut && (
        <p className="govuk-body">
          You may still be signed in to {oidcAccountName()}, which other services use.{" "}
          <a className="govuk-link" href={providerSignOut}>
            Sign out of {oidcAccountName()} as well
          </a>
        </p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="/sign-in">
          Sign in again
        </a>
      </p>
    </TwoThirdsPage>
  );
}
