// GET /consultations/[slug]/respond/[section]: one questionnaire page (issue #6, item 1), with
// "Page 2 of 6", a back link, "Continue" and "Save and come back later". After a "Change" link
// (?return=check-answers) Continue goes back to "Check your answers"; ?problem=1 shows what
// submitting found missing.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { withServiceProblem, withServiceProblemTitle } from "@/components/respond/service-problem";
import { ClosedNotice } from "@/components/respond/closed-notice";

import { SectionForm } from "@/components/respond/section-form";
import { pageSlug } from "@/lib/respond/journey";
import { CONTROL_FIELDS, RETURN_TO_CHECK_ANSWERS } from "@/lib/respond/form-controls";
import { saveSectionAction } from "../actions";
import { pageTitle, RESPONDENT_FORM_METADATA, respondPath } from "../respond-support";
import { loadSectionModel } from "./section-model";
import { easyReadPath } from "../../easy-read/easy-read-support";

/** This page's query string, kept when an Easy Read response is sent to its own page. */
const queryOf = (query: Record<string, string | string[] | undefined>) =>
  new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();

type Props = {
  params: Promise<{ slug: string; section: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function model({ params, searchParams }: Props) {
  const [{ slug, section }, query] = await Promise.all([params, searchParams]);
  return {
    slug,
    section,
    query: queryOf(query),
    returning: query.return === RETURN_TO_CHECK_ANSWERS,
    model: await loadSectionModel(slug, section, query.problem !== undefined),
  };
}

async function metadata(props: Props): Promise<Metadata> {
  const { model: m } = await model(props);
  // The form states the title itself, with "Error: " when it shows errors.
  if (m.kind === "page") return RESPONDENT_FORM_METADATA;
  if (m.kind === "closed") return { title: pageTitle("This consultation has closed", m.consultation.title) };
  return { title: "Respond online" };
}

async function SectionPage(props: Props) {
  const { slug, section: sectionSlug, query, returning, model: m } = await model(props);
  if (m.kind === "not-found") notFound();
  if (m.kind === "redirect") redirect(m.to);
  if (m.kind === "closed") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={m.consultation} />
      </TwoThirdsPage>
    );
  }
  // Easy Read responses share this journey but have their own pages (issue #7).
  if (m.response.journey.definition.format === "EASY_READ")
    redirect(`${easyReadPath(slug, sectionSlug)}${query ? `?${query}` : ""}`);
  const { consultation, response, section, position } = m;
  const backHref = returning
    ? respondPath(slug, "check-answers")
    : position.previous
      ? respondPath(slug, pageSlug(position.previous.key))
      : respondPath(slug);
  const title = pageTitle(section.title, consultation.title);
  return (
    <>
      <BackLink href={backHref} />
      <TwoThirdsPage>
        <SectionForm
          action={saveSectionAction.bind(null, slug, section.key)}
          pageTitle={title}
          caption={`Page ${position.number} of ${position.total}`}
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
        />
      </TwoThirdsPage>
    </>
  );
}

// A page that cannot load says so in plain English, also without JavaScript.
export const generateMetadata = withServiceProblemTitle(metadata);
export default withServiceProblem(SectionPage);
