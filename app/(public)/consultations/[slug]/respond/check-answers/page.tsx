// GET /consultations/[slug]/respond/check-answers: every answer with a "Change" link, then an
// optional receipt address and "Send your response" (issue #6, items 1, 4 and 5).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { withServiceProblem, withServiceProblemTitle } from "@/components/respond/service-problem";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { CheckAnswersForm } from "@/components/respond/check-answers-form";

import { ClosedPage } from "@/components/respond/closed-notice";
import { EasyReadCheckIntro, EASY_READ_LAYOUT } from "@/components/questionnaire/easy-read/respond-wording";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { RETURN_TO_CHECK_ANSWERS } from "@/lib/respond/form-controls";
import { journeyPages, pageSlug } from "@/lib/respond/journey";
import { submissionKeyFor } from "@/lib/services/respond/submit-response";
import { submitResponseAction } from "../actions";
import { openRespondentPage, pageTitle, readDraftToken, respondFormMetadata, respondPath } from "../respond-support";

type Props = { params: Promise<{ slug: string }> };

const TITLE = "Check your answers before sending your response";

const metadata = async ({ params }: Props): Promise<Metadata> => respondFormMetadata((await params).slug);

async function CheckAnswersPage({ params }: Props) {
  const { slug } = await params;
  const opened = await openRespondentPage(slug);
  if (opened.closed) return <ClosedPage consultation={opened.consultation} />;
  const { consultation, response } = opened;
  const draftToken = await readDraftToken(slug);
  if (!response || !draftToken) redirect(`${respondPath(slug)}?ended=1`);
  // The back button after sending lands here: show the confirmation, with the same reference.
  if (response.mode === "submitted" || response.mode === "withdrawn") redirect(respondPath(slug, "confirmation"));

  const changing = response.mode === "changing";
  // Easy Read respondents get the same page in Easy Read words and layout (issue #7).
  const easyRead = response.journey.definition.format === "EASY_READ";
  const sections = summariseAnswers(response.journey, response.answers, {
    includeEquality: true,
    drawings: response.drawings,
  });
  const lastPage = journeyPages(response.journey, response.answers).at(-1);
  return (
    <>
      <BackLink href={lastPage ? respondPath(slug, pageSlug(lastPage.key)) : respondPath(slug)} />
      <TwoThirdsPage className={easyRead ? EASY_READ_LAYOUT : undefined}>
        <CheckAnswersForm
          action={submitResponseAction.bind(null, slug)}
          pageTitle={pageTitle("Check your answers", consultation.title)}
          submissionKey={submissionKeyFor(draftToken)}
          versionId={response.versionId}
          email={response.contact?.email}
          wantsUpdates={response.contact?.wantsUpdates}
          sendLabel={changing ? "Send your changes" : "Send your response"}
        >
          <span className="govuk-caption-l">{consultation.title}</span>
          {easyRead ? (
            <EasyReadCheckIntro changing={changing} />
          ) : (
            <h1 className="govuk-heading-l">{changing ? "Check your changes before sending them" : TITLE}</h1>
          )}
          {changing && (
            <p className="govuk-body">
              Your response {response.reference} still counts while you change it. Send your changes to update it.
            </p>
          )}
          <AnswersSummary
            sections={sections}
            changeHref={(section) => `${respondPath(slug, section.slug)}?return=${RETURN_TO_CHECK_ANSWERS}`}
          />
          <p className="govuk-body">
            <a className="govuk-link" href={respondPath(slug, "save")}>
              Save and come back later
            </a>
          </p>
        </CheckAnswersForm>
      </TwoThirdsPage>
    </>
  );
}

// A page that cannot load says so in plain English, also without JavaScript.
export const generateMetadata = withServiceProblemTitle(metadata);
export default withServiceProblem(CheckAnswersPage);
