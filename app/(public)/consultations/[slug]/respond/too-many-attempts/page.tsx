// GET /consultations/[slug]/respond/too-many-attempts: where rate-limited actions send people
// (issue #6, item 7). Their answers so far are saved; nothing is lost by waiting.
import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";
import { respondPath } from "../respond-support";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Too many attempts", robots: { index: false } };

export default async function TooManyAttemptsPage({ params }: Props) {
  const { slug } = await params;
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">Sorry, there have been too many attempts</h1>
      <p className="govuk-body">
        We have had a lot of requests from your internet connection in a short time, so we have paused them for a few
        minutes.
      </p>
      <p className="govuk-body">Any answers you had already saved are safe. Wait a few minutes, then continue.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={respondPath(slug)}>
          Go back to your response
        </a>
      </p>
      <p className="govuk-body">
        If this keeps happening, contact the {siteConfig.contactTeam} at{" "}
        <a className="govuk-link" href={`mailto:${siteConfig.contactEmail}`}>
          {siteConfig.contactEmail}
        </a>{" "}
        or on {siteConfig.contactPhone}.
      </p>
    </TwoThirdsPage>
  );
}
