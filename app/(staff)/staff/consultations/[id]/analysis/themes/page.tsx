// GET /staff/consultations/[id]/analysis/themes: the free-text themes index (issue #9 part 4).
// Each open question with its number of comments, its newest themes run and codebook version,
// and a button to run themes (comment.code). Everyone with analysis.read can look.
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { ActionForm } from "@/components/forms/action-form";
import { BackLink, Button, Table } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { themesOverview } from "@/lib/services/analysis/free-text/overview";
import { runThemesAction } from "./actions";
import { themesPath } from "./paths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function ThemesIndexPage({ params }: Readonly<Props>) {
  const { id } = await params;
  const staff = await requireStaffForPage(themesPath(id), "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const questions = await themesOverview(staff, c.id);
  const canCode = can(staff.role, "comment.code");
  const table = (
    <Table
      caption="Free-text questions"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={[
        { text: "Question" },
        { text: "Comments", format: "numeric" },
        { text: "Themes run" },
        { text: "Codebook" },
        ...(canCode ? [{ text: "Action" }] : []),
      ]}
      rows={questions.map((q) => [
        {
          text: (
            <a className="govuk-link" href={themesPath(c.id, q.key)}>
              {q.title}
              {/* Many pages ask the same question ("Why do you disagree?"): where it is asked tells the links apart (WCAG 2.4.4). */}
              <span className="govuk-visually-hidden"> ({q.place})</span>
            </a>
          ),
        },
        { text: String(q.comments), format: "numeric" as const },
        {
          text: q.run
            ? `${formatDateTime(q.run.createdAt)}: ${q.run.answerCount} comments, ${q.run.candidates} candidate themes, ${q.run.campaigns} ${q.run.campaigns === 1 ? "campaign" : "campaigns"}`
            : "Not run yet",
        },
        { text: q.codebookVersion ? `Version ${q.codebookVersion}` : "None yet" },
        ...(canCode
          ? [
              {
                text: (
                  <Button
                    variant="secondary"
                    name="questionKey"
                    value={q.key}
                    className="govuk-!-margin-bottom-0"
                    preventDoubleClick
                  >
                    {q.run ? "Run again" : "Run themes"}
                    <span className="govuk-visually-hidden"> on {`${q.title} (${q.place})`}</span>
                  </Button>
                ),
              },
            ]
          : []),
      ])}
    />
  );
  return (
    <ActionForm action={runThemesAction} pageTitle="Free-text themes" fieldIds={{ questionKey: "free-text-questions" }}>
      <input type="hidden" name="consultationId" value={c.id} />
      <BackLink href={`/staff/consultations/${c.id}/analysis`}>Back to analysis</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Free-text themes</h1>
      <p className="govuk-body">
        Running themes redacts personal details from every submitted comment, groups near-identical comments and
        campaigns, and proposes candidate themes. Officers then build each question&apos;s codebook and review the
        system&apos;s suggestions. Only the redacted text is shown on these pages.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`${themesPath(c.id)}/search`}>
          Search all comments
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`${themesPath(c.id)}/you-said-we-did`}>
          You said, we did
        </a>
      </p>
      {questions.length === 0 ? (
        <p className="govuk-body">This consultation has no free-text questions.</p>
      ) : (
        <div id="free-text-questions">{table}</div>
      )}
    </ActionForm>
  );
}
