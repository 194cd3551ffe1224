// GET /consultations/[slug]/easy-read: the Easy Read start page (issue #7), picture on the left
// and words on the right: the officers' introduction, then how answering works. "Start" makes
// an Easy Read draft with the standard start action; the pages, saving, checking and sending
// after it are the standard journey's.
import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EasyReadBlocks } from "@/components/questionnaire/easy-read/easy-read-blocks";
import { PictureRow } from "@/components/questionnaire/easy-read/easy-read-question";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { pictureSrc } from "@/lib/questionnaire/easy-read/pictures";
import { pageSlug, resumePage } from "@/lib/respond/journey";
import { formatDateTime } from "@/lib/text/dates";
import { startResponseAction } from "../respond/actions";
import { loadMyResponse, pageTitle, respondPath } from "../respond/respond-support";
import { EASY_READ_CONTENT_ID, EasyReadTools } from "./easy-read-tools";
import { easyReadPath, loadEasyReadConsultation, picturesShown } from "./easy-read-support";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadEasyReadConsultation((await params).slug);
  return { title: consultation ? pageTitle("Easy Read", consultation.title) : "Easy Read" };
}

export default async function EasyReadStartPage({ params }: Props) {
  const { slug } = await params;
  const [consultation, showPictures] = await Promise.all([loadEasyReadConsultation(slug), picturesShown()]);
  // Next's notFound() shows an empty page without JavaScript, so say it here.
  if (!consultation?.version) {
    return (
      <TwoThirdsPage>
        <h1 className="govuk-heading-l">There is no Easy Read questionnaire here</h1>
        <p className="govuk-body">
          <a className="govuk-link" href={consultation ? `/consultations/${slug}` : "/consultations"}>
            Go back to the consultation
          </a>
        </p>
      </TwoThirdsPage>
    );
  }
  if (consultation.status !== "open") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={consultation} />
      </TwoThirdsPage>
    );
  }
  const response = await loadMyResponse(slug);
  const editing =
    (response?.mode === "draft" || response?.mode === "changing") && response.journey.definition.format === "EASY_READ";
  const next = editing ? resumePage(response.journey, response.answers) : undefined;
  const { definition } = consultation.version.journey;
  // What the consultation is about is the officers' own Easy Read introduction (issue #16); a
  // version published before there was one says only what is true of every consultation.
  const introduction = definition.introBlocks?.length
    ? definition.introBlocks
    : [{ picture: pictureSrc("1F4AC"), text: "Tell us what you think." }];
  const rows: [string, string][] = [
    ["23F0", `It takes about ${definition.estimatedMinutes ?? 10} minutes. You can stop and come back later.`],
    ["274C", "You do not have to answer every question. You can skip any question."],
    ["1F9D1-200D-1F91D-200D-1F9D1", "Someone can help you fill this in."],
    ["1F4C5", `You can answer until ${formatDateTime(consultation.closesAt)}.`],
  ];
  return (
    <div className="app-easy-read">
      <EasyReadTools slug={slug} backTo={easyReadPath(slug)} showPictures={showPictures} />
      <TwoThirdsPage>
        <div id={EASY_READ_CONTENT_ID}>
          <span className="govuk-caption-l">Easy Read</span>
          <h1 className="govuk-heading-l">{definition.title}</h1>
          {definition.intro && <p className="govuk-body">{definition.intro}</p>}
          <EasyReadBlocks blocks={introduction} showPictures={showPictures} />
          {rows.map(([hex, text]) => (
            <p key={hex} className="govuk-body app-easy-read__block">
              <PictureRow image={pictureSrc(hex)} showPictures={showPictures}>
                {text}
              </PictureRow>
            </p>
          ))}
        </div>
        {editing ? (
          <Button
            href={next ? easyReadPath(slug, pageSlug(next.key)) : respondPath(slug, "check-answers")}
            isStartButton
          >
            Carry on with your answers
          </Button>
        ) : (
          <form action={startResponseAction.bind(null, slug, "EASY_READ")}>
            <Button isStartButton preventDoubleClick>
              Start
            </Button>
          </form>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={`/consultations/${slug}`}>
            Read about the consultation
          </a>
        </p>
      </TwoThirdsPage>
    </div>
  );
}
