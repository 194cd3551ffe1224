// GET /consultations/[slug]/easy-read/[section]: one Easy Read question (issue #7). The model,
// the form and its action are the standard page's (respond/[section]); only the drawing
// differs. A standard response that lands here goes to its standard page, and the standard
// page sends Easy Read responses here, so every link and redirect of the journey works for both.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EasyReadSectionForm } from "@/components/questionnaire/easy-read/easy-read-section-form";
import { ClosedNotice } from "@/components/respond/closed-notice";

import { CONTROL_FIELDS, RETURN_TO_CHECK_ANSWERS } from "@/lib/respond/form-controls";
import { pageSlug } from "@/lib/respond/journey";
import { saveSectionAction } from "../../respond/actions";
import { loadSectionModel } from "../../respond/[section]/section-model";
import { pageTitle, RESPONDENT_FORM_METADATA, respondPath } from "../../respond/respond-support";
import { EASY_READ_CONTENT_ID, EasyReadTools } from "../easy-read-tools";
import { easyReadPath, picturesShown } from "../easy-read-support";

type Props = {
  params: Promise<{ slug: string; section: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function model({ params, searchParams }: Props) {
  const [{ slug, section }, query] = await Promise.all([params, searchParams]);
  const problem = query.problem !== undefined;
  return {
    slug,
    section,
    returning: query.return === RETURN_TO_CHECK_ANSWERS,
    problem,
    model: await loadSectionModel(slug, section, problem),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { model: m } = await model(props);
  if (m.kind === "page") return RESPONDENT_FORM_METADATA;
  if (m.kind === "closed") return { title: pageTitle("This consultation has closed", m.consultation.title) };
  return { title: "Easy Read" };
}

export default async function EasyReadSectionPage(props: Props) {
  const { slug, section: sectionSlug, returning, problem, model: m } = await model(props);
  if (m.kind === "not-found") notFound();
  if (m.kind === "redirect") redirect(m.to);
  if (m.kind === "closed") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={m.consultation} />
      </TwoThirdsPage>
    );
  }
  const query = new URLSearchParams({
    ...(returning ? { return: RETURN_TO_CHECK_ANSWERS } : {}),
    ...(problem ? { problem: "1" } : {}),
  }).toString();
  if (m.response.journey.definition.format !== "EASY_READ")
    redirect(`${respondPath(slug, sectionSlug)}${query ? `?${query}` : ""}`);
  const { consultation, response, section, position } = m;
  const showPictures = await picturesShown();
  const backHref = returning
    ? respondPath(slug, "check-answers")
    : position.previous
      ? easyReadPath(slug, pageSlug(position.previous.key))
      : easyReadPath(slug);
  const title = pageTitle(section.title, consultation.title);
  return (
    <div className="app-easy-read">
      <BackLink href={backHref} />
      <EasyReadTools
        slug={slug}
        backTo={`${easyReadPath(slug, sectionSlug)}${query ? `?${query}` : ""}`}
        showPictures={showPictures}
      />
      <TwoThirdsPage>
        <div id={EASY_READ_CONTENT_ID}>
          <EasyReadSectionForm
            action={saveSectionAction.bind(null, slug, section.key)}
            pageTitle={title}
            caption={`Question ${position.number} of ${position.total}`}
            section={section}
            definition={m.definition}
            answersSoFar={m.answersSoFar}
            today={m.today}
            defaults={m.defaults}
            initialState={m.fieldErrors ? { fieldErrors: m.fieldErrors, values: m.defaults } : null}
            conditionHints={m.conditionHints}
            hiddenFields={{
              [CONTROL_FIELDS.versionId]: response.versionId,
              ...(returning ? { [CONTROL_FIELDS.returnTo]: RETURN_TO_CHECK_ANSWERS } : {}),
            }}
            continueLabel="Continue"
            showPictures={showPictures}
            drawings={response.drawings}
          />
        </div>
      </TwoThirdsPage>
    </div>
  );
}
