// GET /sign-in/problem?error=…: where next-auth sends a link that cannot be used (expired,
// already used, altered, or for an account that is no longer active), and a sign-in through
// the council's identity provider that is refused or fails a check.
import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";

type ProblemPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Explanation = { heading: string; body: string; emailLink?: true };

const EXPLANATIONS: Readonly<Record<string, Explanation>> = {
  // next-auth's code for a token that is unknown (used, altered) or past its expiry.
  Verification: {
    heading: "This sign-in link has expired or has already been used",
    body: "Each link works once, for 30 minutes. A link that has been changed or copied incompletely does not work either.",
    emailLink: true,
  },
  // The same words whoever is refused (not invited, deactivated, no mapped role), so nobody learns which.
  AccessDenied: {
    heading: "You cannot sign in with this account",
    body: "There is no active staff account for it here. If you think there should be, ask an administrator.",
  },
  // A sign-in through the identity provider that came back altered, twice, or failed a check.
  OAuthCallback: {
    heading: "We could not sign you in",
    body: "The sign-in did not complete. This happens if it took too long, was used twice, or was started in another browser.",
  },
  OAuthSignin: {
    heading: "We could not reach the sign-in service",
    body: "Try again in a few minutes. If it keeps happening, contact your IT service desk.",
  },
};

const FALLBACK: Explanation = {
  heading: "There is a problem with your sign-in",
  body: "We could not sign you in.",
  emailLink: true,
};

async function explain(searchParams: ProblemPageProps["searchParams"]) {
  const { error } = await searchParams;
  return typeof error === "string" && Object.hasOwn(EXPLANATIONS, error) ? EXPLANATIONS[error] : FALLBACK;
}

export async function generateMetadata({ searchParams }: Readonly<ProblemPageProps>): Promise<Metadata> {
  return { title: (await explain(searchParams)).heading, robots: { index: false } };
}

export default async function SignInProblemPage({ searchParams }: Readonly<ProblemPageProps>) {
  const explanation = await explain(searchParams);
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">{explanation.heading}</h1>
      <p className="govuk-body">{explanation.body}</p>
      <p className="govuk-body">
        Nothing has changed. {explanation.emailLink ? "Ask for a new link to sign in." : "Start again to sign in."}
      </p>
      <Button href="/sign-in">{explanation.emailLink ? "Ask for a new link" : "Sign in again"}</Button>
    </TwoThirdsPage>
  );
}
