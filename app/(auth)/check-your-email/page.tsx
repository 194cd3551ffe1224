// GET /check-your-email: the same page for every address, so it reveals nobody's account.
import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "@/lib/auth/config";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckYourEmailPage() {
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">Check your email</h1>
      <p className="govuk-body">
        If the address you entered belongs to a staff account, we have sent it a link to sign in.
      </p>
      <p className="govuk-body">
        The link works once, for {SIGN_IN_LINK_MAX_AGE_SECONDS / 60} minutes. Open it in this browser.
      </p>
      <h2 className="govuk-heading-m">If you have not received the email</h2>
      <p className="govuk-body">It can take a few minutes to arrive. Check your spam or junk folder.</p>
      <p className="govuk-body">
        You can{" "}
        <a className="govuk-link" href="/sign-in">
          ask for another link
        </a>
        . If you still cannot sign in, ask an administrator to check that your account is active.
      </p>
    </TwoThirdsPage>
  );
}
