// GET /consultations/[slug]/easy-read-summary: the Easy Read summary of the consultation
// (issue #7, point 5), in the Easy Read pages' picture-left layout and with their tools, and a
// way into the Easy Read questionnaire while the consultation is open.
import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EasyReadBlocks } from "@/components/questionnaire/easy-read/easy-read-blocks";
import { isAppError } from "@/lib/errors";
import { parseEasyReadSummary } from "@/lib/questionnaire/easy-read/summary";
import { getPublicConsultation } from "@/lib/services/consultations/public-consultations";
import { EASY_READ_CONTENT_ID, EasyReadTools } from "../easy-read/easy-read-tools";
import { easyReadPath, picturesShown } from "../easy-read/easy-read-support";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await getPublicConsultation(slug);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).slug);
  return { title: found ? `Easy Read summary – ${found.consultation.title}` : "Page not found" };
}

export default async function EasyReadSummaryPage({ params }: Props) {
  const { slug } = await params;
  const [found, showPictures] = await Promise.all([load(slug), picturesShown()]);
  const summary = found && parseEasyReadSummary(found.consultation.easyReadSummary);
  // Next's notFound() shows an empty page without JavaScript, so say it here.
  if (!found || !summary) {
    return (
      <TwoThirdsPage>
        <h1 className="govuk-heading-l">There is no Easy Read summary here</h1>
        <p className="govuk-body">
          <a className="govuk-link" href={found ? `/consultations/${slug}` : "/consultations"}>
            Go back to the consultation
          </a>
        </p>
      </TwoThirdsPage>
    );
  }
  const { consultation, status } = found;
  const canRespond =
    status === "open" && consultation.questionnaires.some((q) => q.format === "EASY_READ" && q._count.versions > 0);
  return (
    <div className="app-easy-read">
      <EasyReadTools slug={slug} backTo={`/consultations/${slug}/easy-read-summary`} showPictures={showPictures} />
      <TwoThirdsPage>
        <div id={EASY_READ_CONTENT_ID}>
          <span className="govuk-caption-l">Easy Read summary</span>
          <h1 className="govuk-heading-l">{consultation.title}</h1>
          <EasyReadBlocks blocks={summary} showPictures={showPictures} />
        </div>
        {canRespond && (
          <Button href={easyReadPath(slug)} isStartButton>
            Answer the Easy Read questions
          </Button>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={`/consultations/${slug}`}>
            Go back to the consultation
          </a>
        </p>
      </TwoThirdsPage>
    </div>
  );
}
