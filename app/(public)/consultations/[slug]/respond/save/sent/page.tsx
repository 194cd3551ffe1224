// GET /consultations/[slug]/respond/save/sent: the link is on its way.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TwoThirdsPage } from "@/components/layout/grid";
import { formatDateTime } from "@/lib/text/dates";
import { loadConsultation, pageTitle, respondPath } from "../../respond-support";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadConsultation((await params).slug);
  return {
    title: consultation ? pageTitle("Check your email", consultation.title) : "Respond online",
    robots: { index: false },
  };
}

export default async function LinkSentPage({ params }: Props) {
  const { slug } = await params;
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-l">Check your email</h1>
      <p className="govuk-body">
        We have sent you a link to continue your response. It can take a few minutes to arrive. If you cannot find it,
        check your spam or junk folder.
      </p>
      <p className="govuk-body">
        The link works once, on any device, until the consultation closes at {formatDateTime(consultation.closesAt)}.
      </p>
      <p className="govuk-body">You can close this page now.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={respondPath(slug)}>
          Continue your response now
        </a>
      </p>
    </TwoThirdsPage>
  );
}
