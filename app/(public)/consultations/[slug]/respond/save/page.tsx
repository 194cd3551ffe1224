// GET /consultations/[slug]/respond/save: "Save and come back later" asks where to email a
// single-use link, and says when it expires (issue #6, item 3).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ClosedPage } from "@/components/respond/closed-notice";

import { SaveForLaterForm } from "@/components/respond/save-for-later-form";
import { pageSlug, resumePage } from "@/lib/respond/journey";
import { formatDateTime } from "@/lib/text/dates";
import { saveForLaterAction } from "../actions";
import { openRespondentPage, pageTitle, respondFormMetadata, respondPath } from "../respond-support";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  respondFormMetadata((await params).slug);

export default async function SaveForLaterPage({ params }: Props) {
  const { slug } = await params;
  const opened = await openRespondentPage(slug);
  if (opened.closed) return <ClosedPage consultation={opened.consultation} />;
  const { consultation, response } = opened;
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
          <p className="govuk-body">
            We keep your answers on our system, not in your browser. To come back to them on this or another device, we
            can email you a link.
          </p>
          <p className="govuk-body">
            The link works once. It stops working when the consultation closes at{" "}
            {formatDateTime(consultation.closesAt)}, so send your response before then.
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
