// GET /consultations/[slug]/respond/save: "Save and come back later" asks where to email a
// single-use link, and says when it expires (issue #6, item 3).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";

// A respondent's pages are theirs alone: not for search engines.
const RESPONDENT_FORM_METADATA = { ...FORM_PAGE_METADATA, robots: { index: false } };
import { SaveForLaterForm } from "@/components/respond/save-for-later-form";
import { pageSlug, resumePage } from "@/lib/respond/journey";
import { formatDateTime } from "@/lib/text/dates";
import { saveForLaterAction } from "../actions";
import { loadConsultation, loadMyResponse, pageTitle, respondPath } from "../respond-support";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadConsultation((await params).slug);
  // Open: the form states the title, with "Error: " when it shows errors.
  if (consultation?.status === "open") return RESPONDENT_FORM_METADATA;
  return { title: consultation ? pageTitle("This consultation has closed", consultation.title) : "Respond online", robots: { index: false } };
}

export default async function SaveForLaterPage({ params }: Props) {
  const { slug } = await params;
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  if (consultation.status !== "open") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={consultation} />
      </TwoThirdsPage>
    );
  }
  const response = await loadMyResponse(slug);
  if (!response || (response.mode !== "draft" && response.mode !== "changing")) redirect(respondPath(slug));
  const next = resumePage(response.journey, response.answers);
  const continueHref = respondPath(slug, next ? pageSlug(next.key) : "check-answers");
  return (
    <>
      <BackLink href={continueHref} />
      <TwoThirdsPage>
        <SaveForLaterForm
          action={saveForLaterAction.bind(null, slug)}
          pageTitle={pageTitle("Save and come back later", consultation.title)}
        >
          <span className="govuk-caption-l">{consultation.title}</span>
          <h1 className="govuk-heading-l">Your answers have been saved</h1>
          <p className="govuk-body">We keep your answers on our system, not in your browser. To come back to them on this or another device, we can email you a link.</p>
          <p className="govuk-body">
            The link works once. It stops working when the consultation closes at {formatDateTime(consultation.closesAt)}, so send your response before then.
          </p>
        </SaveForLaterForm>
        <p className="govuk-body">
          <a className="govuk-link" href={continueHref}>
            Continue your response now
          </a>
        </p>
      </TwoThirdsPage>
    </>
  );
}
