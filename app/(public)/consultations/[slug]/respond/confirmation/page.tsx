// GET /consultations/[slug]/respond/confirmation: the panel with the public reference, what
// happens next and when results are published (issue #6, item 1).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Panel } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { withServiceProblem, withServiceProblemTitle } from "@/components/respond/service-problem";
import { feedbackHref } from "@/components/layout/site-config";
import { EasyReadConfirmation, EASY_READ_LAYOUT } from "@/components/questionnaire/easy-read/respond-wording";
import { deriveToken } from "@/lib/respond/tokens";
import { formatDate, formatDateTime } from "@/lib/text/dates";
import { loadConsultation, loadMyResponse, pageTitle, readDraftToken, respondPath } from "../respond-support";

type Props = { params: Promise<{ slug: string }> };

async function metadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadConsultation((await params).slug);
  return {
    title: consultation ? pageTitle("Response sent", consultation.title) : "Respond online",
    robots: { index: false },
  };
}

async function ConfirmationPage({ params }: Props) {
  const { slug } = await params;
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  const [response, draftToken] = await Promise.all([loadMyResponse(slug), readDraftToken(slug)]);
  if (!response || !draftToken) redirect(respondPath(slug));
  if (response.mode === "draft" || response.mode === "changing") redirect(respondPath(slug, "check-answers"));
  const receiptHref = respondPath(slug, "receipt", deriveToken(draftToken, "receipt"));

  if (response.mode === "withdrawn") {
    return (
      <TwoThirdsPage>
        <h1 className="govuk-heading-l">You withdrew your response</h1>
        <p className="govuk-body">
          You withdrew response {response.reference} on {formatDate(response.withdrawnAt!)}. We will not include it in
          the results.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/consultations/${slug}`}>
            Back to the consultation
          </a>
        </p>
      </TwoThirdsPage>
    );
  }
  // Easy Read respondents get the same page in Easy Read words and layout (issue #7).
  const easyRead = response.journey.definition.format === "EASY_READ";
  const standardText = (
    <>
      <Panel title="Response sent">
        Your reference number
        <br />
        <strong>{response.reference}</strong>
      </Panel>
      <p className="govuk-body">
        Thank you for taking part. Keep your reference number: quote it if you contact us about your response.
      </p>
      {response.contact && (
        <p className="govuk-body">We have sent a copy of your answers to {response.contact.email}.</p>
      )}
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        The consultation closes at {formatDateTime(consultation.closesAt)}. We will read every response and report what
        people told us to the councillors who decide.
      </p>
      {consultation.resultsExpectedText && <p className="govuk-body">{consultation.resultsExpectedText}</p>}
      <h2 className="govuk-heading-m">If you change your mind</h2>
      <p className="govuk-body">
        Until the consultation closes you can{" "}
        <a className="govuk-link" href={receiptHref}>
          view, change or withdraw your response
        </a>
        .
      </p>
    </>
  );
  return (
    <TwoThirdsPage className={easyRead ? EASY_READ_LAYOUT : undefined}>
      {easyRead ? (
        <EasyReadConfirmation
          reference={response.reference ?? ""}
          emailed={Boolean(response.contact)}
          closesAt={consultation.closesAt}
          receiptHref={receiptHref}
        />
      ) : (
        standardText
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={feedbackHref}>
          What did you think of this service?
        </a>{" "}
        (takes 30 seconds)
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/consultations/${slug}`}>
          Back to the consultation
        </a>
      </p>
    </TwoThirdsPage>
  );
}

// A page that cannot load says so in plain English, also without JavaScript.
export const generateMetadata = withServiceProblemTitle(metadata);
export default withServiceProblem(ConfirmationPage);
