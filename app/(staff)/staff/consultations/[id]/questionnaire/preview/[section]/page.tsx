// GET /staff/consultations/[id]/questionnaire/preview/[section]?format=STANDARD: one page of
// the draft drawn by the respondent's own question renderers, so officers see exactly what
// respondents will (questionnaire.edit). Nothing here can be submitted.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, InsetText } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { PreviewForm } from "@/components/questionnaire/builder/preview-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { describeShowIf } from "@/lib/questionnaire/conditions/condition-text";
import { getBuilderData } from "@/lib/services/questionnaires/builder-data";

export const metadata: Metadata = { title: "Preview" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; section: string }>; searchParams: Promise<{ format?: string }> };

export default async function PreviewPage({ params, searchParams }: Props) {
  const { id, section: sectionKey } = await params;
  const format = formatFrom((await searchParams).format);
  const staff = await requireStaffForPage(builderPath(id, format, `preview/${sectionKey}`), "questionnaire.edit");
  const { draft } = await getBuilderData(staff, id, format);
  const index = draft.sections.findIndex((s) => s.key === sectionKey);
  if (index === -1) notFound();
  const section = draft.sections[index];
  const previous = draft.sections[index - 1];
  const next = draft.sections[index + 1];
  const conditionHints = Object.fromEntries(
    section.questions
      .flatMap((q) => (q.showIf ? [[q.key, describeShowIf(draft, q.showIf)]] : []))
      .filter((e): e is [string, string] => Boolean(e[1])),
  );
  return (
    <TwoThirdsPage>
      <BackLink href={builderPath(id, format, "edit")}>Back to the builder</BackLink>
      <InsetText>
        Preview of the draft, page {index + 1} of {draft.sections.length}. Questions shown only after certain answers
        are all shown here, with when they apply.
      </InsetText>
      <span className="govuk-caption-l">{draft.title}</span>
      <h1 className="govuk-heading-l">{section.title}</h1>
      {section.intro && <p className="govuk-body">{section.intro}</p>}
      <PreviewForm questions={section.questions} conditionHints={conditionHints} />
      <nav className="govuk-body" aria-label="Preview pages">
        {previous && (
          <a className="govuk-link govuk-!-margin-right-4" href={builderPath(id, format, `preview/${previous.key}`)}>
            Previous page: {previous.title}
          </a>
        )}
        {next && (
          <a className="govuk-link" href={builderPath(id, format, `preview/${next.key}`)}>
            Next page: {next.title}
          </a>
        )}
      </nav>
    </TwoThirdsPage>
  );
}
