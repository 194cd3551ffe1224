// GET /sign-in/problem?error=…: where next-auth sends a link that cannot be used
// (expired, already used, altered, or for an account that is no longer active).
import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";

type ProblemPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXPLANATIONS: Readonly<Record<string, { heading: string; body: string }>> = {
  // next-auth's code for a token that is unknown (used, altered) or past its expiry.
  Verification: {
    heading: "This sign-in link has expired or has already been used",
    body: "Each link works once, for 30 minutes. A link that has been changed or copied incompletely does not work either.",
  },
  AccessDenied: {
    heading: "You cannot sign in with this link",
    body: "The account it was sent to is not active. If you think it should be, ask an administrator.",
  },
};

const FALLBACK = { heading: "There is a problem with your sign-in link", body: "We could not sign you in with it." };

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
      <p className="govuk-body">Nothing has changed. Ask for a new link to sign in.</p>
      <Button href="/sign-in">Ask for a new link</Button>
    </TwoThirdsPage>
  );
}
