// GET /consultations/[slug]/respond/resume/[token]: the page a "come back later" email links
// to. Using the link takes a button press (a POST), because mail scanners open links on their
// own and would use up a single-use link (issue #6, item 3).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { checkResumeLink } from "@/lib/services/respond/resume-links";
import { resumeAction } from "../../actions";
import { loadConsultation, pageTitle, respondPath } from "../../respond-support";

type Props = { params: Promise<{ slug: string; token: string }> };

// The token is in the address: never send it to another site ("no-referrer" would also send
// Origin: null on our own form posts, which Next.js rightly refuses as cross-site).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadConsultation((await params).slug);
  return {
    title: consultation ? pageTitle("Continue your response", consultation.title) : "Respond online",
    robots: { index: false },
    referrer: "same-origin",
  };
}

const PROBLEMS = {
  used: {
    heading: "This link has already been used",
    text: "Each link works once. If you have continued your response on another device, carry on there.",
  },
  expired: { heading: "This link has expired", text: "Links stop working when the consultation closes." },
  invalid: { heading: "This link does not work", text: "Check you copied the whole link from the email." },
} as const;

export default async function ResumePage({ params }: Props) {
  const { slug, token } = await params;
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  if (consultation.status !== "open") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={consultation} />
      </TwoThirdsPage>
    );
  }
  const state = await checkResumeLink({ slug, token });
  if (state !== "ready") {
    const problem = PROBLEMS[state];
    return (
      <TwoThirdsPage>
        <h1 className="govuk-heading-l">{problem.heading}</h1>
        <p className="govuk-body">{problem.text}</p>
        <p className="govuk-body">
          To get a new link, open your response on the device where you started it and choose &ldquo;Save and come back
          later&rdquo;. Or{" "}
          <a className="govuk-link" href={respondPath(slug)}>
            start a new response
          </a>
          .
        </p>
      </TwoThirdsPage>
    );
  }
  return (
    <TwoThirdsPage>
      <span className="govuk-caption-l">{consultation.title}</span>
      <h1 className="govuk-heading-l">Continue your response</h1>
      <p className="govuk-body">Your answers are saved. Continue to carry on where you left off.</p>
      <p className="govuk-body">
        This link works once. After you continue, your response will only be open in this browser.
      </p>
      <form action={resumeAction.bind(null, slug, token)}>
        <Button preventDoubleClick>Continue your response</Button>
      </form>
    </TwoThirdsPage>
  );
}
