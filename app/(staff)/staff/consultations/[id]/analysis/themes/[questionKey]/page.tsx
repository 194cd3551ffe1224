// GET /staff/consultations/[id]/analysis/themes/[questionKey]: one open question's codebook
// (issue #9 part 4). Themes with their counts and share of commenters, adding a theme by hand
// or from the newest run's candidates, campaigns found, version history and running again.
// Renaming, merging, splitting and retiring are on each theme's own page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { ActionFormGroup, GroupedActionForm } from "@/components/forms/action-form";
import { BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import { BackLink, Button, Details, NotificationBanner, SummaryList, Table } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { findOpenQuestion } from "@/lib/services/analysis/free-text/overview";
import { latestThemeRun } from "@/lib/services/analysis/free-text/run-themes";
import { codebookView } from "@/lib/services/analysis/free-text/review";
import { editCodebookAction, runThemesAction } from "../actions";
import { themesPath } from "../paths";
import { CandidateList } from "./candidate-list";
import { wholePercentLabel } from "@/lib/analysis/closed/maths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; questionKey: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = {
  run: "Themes run. Comments are redacted and candidate themes are ready.",
  acceptCandidate: "Theme added from the candidates.",
  addCode: "Theme added.",
  splitCode: "Theme split in two.",
  retireCode: "Theme retired.",
};

export default async function QuestionThemesPage({ params, searchParams }: Readonly<Props>) {
  const { id, questionKey: rawKey } = await params;
  const questionKey = decodeURIComponent(rawKey);
  const path = themesPath(id, questionKey);
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const question = await findOpenQuestion(staff, c.id, questionKey);
  if (!question) notFound();
  const [run, codebook] = await Promise.all([
    latestThemeRun(staff, c.id, questionKey),
    codebookView(staff, c.id, questionKey),
  ]);
  const done = DONE[(await searchParams).done ?? ""];
  const canCode = can(staff.role, "comment.code");
  const waiting = codebook ? codebook.codes.reduce((n, code) => n + code.suggested, 0) : 0;
  const hidden = (
    <>
      <input type="hidden" name="consultationId" value={c.id} />
      <input type="hidden" name="questionKey" value={questionKey} />
    </>
  );
  return (
    <ActionFormGroup
      title={question.title}
      actions={canCode ? { run: runThemesAction, candidate: editCodebookAction, add: editCodebookAction } : {}}
    >
      <BackLink href={themesPath(c.id)}>Back to free-text themes</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">Free-text themes</span>
      <h1 className="govuk-heading-l">{question.title}</h1>
      <SummaryList
        rows={[
          { key: "Comments redacted", value: run ? String(run.answerCount) : "Not run yet" },
          { key: "Themes last run", value: run ? formatDateTime(run.createdAt) : "Not run yet" },
          { key: "Personal details removed", value: run ? String(run.redactionCount) : "Not run yet" },
          { key: "Codebook", value: codebook ? `Version ${codebook.versionNumber}` : "No themes yet" },
        ]}
      />
      {codebook && (
        <p className="govuk-body">
          <a className="govuk-link" href={`${path}/review`}>
            Review suggested themes ({waiting} {waiting === 1 ? "suggestion" : "suggestions"} waiting)
          </a>
        </p>
      )}
      {canCode && (
        <GroupedActionForm name="run">
          {hidden}
          <Button variant="secondary" preventDoubleClick>
            {run ? "Run themes again" : "Run themes"}
          </Button>
        </GroupedActionForm>
      )}

      <h2 className="govuk-heading-m">Themes</h2>
      {codebook ? (
        <Table
          caption={`Themes in codebook version ${codebook.versionNumber}, with the share of the ${codebook.commenters} people who commented`}
          firstCellIsHeader
          head={[
            { text: "Theme" },
            { text: "Comments", format: "numeric" },
            { text: "% of commenters", format: "numeric" },
            { text: "Accepted", format: "numeric" },
            { text: "Waiting for review", format: "numeric" },
            { text: "Event feedback points", format: "numeric" },
          ]}
          rows={codebook.codes.map((code) => [
            {
              text: (
                <a className="govuk-link" href={themesPath(c.id, questionKey, code.id)}>
                  {code.name}
                </a>
              ),
            },
            { text: String(code.accepted + code.suggested), format: "numeric" as const },
            {
              text: wholePercentLabel(code.accepted + code.suggested, codebook.commenters),
              format: "numeric" as const,
            },
            { text: String(code.accepted), format: "numeric" as const },
            { text: String(code.suggested), format: "numeric" as const },
            { text: String(code.eventPoints), format: "numeric" as const },
          ])}
        />
      ) : (
        <p className="govuk-body">No themes yet. Add one from the candidate themes or by hand.</p>
      )}
      <p className="govuk-body">
        A comment can have more than one theme, so the percentages can add up to more than 100. Event feedback points
        are points from engagement events that an officer coded to the theme; they are event feedback, not responses, so
        they are not in the comment counts or percentages.
      </p>

      {canCode && (
        <>
          <h2 className="govuk-heading-m">Add a theme</h2>
          <GroupedActionForm name="add">
            {hidden}
            <input type="hidden" name="op" value="addCode" />
            <BoundTextInput
              name="name"
              label="Theme name"
              hint="For example, one per proposal, an equality impact, cost or transport"
            />
            <BoundTextarea
              name="description"
              label="Description (optional)"
              hint="What a comment says to have this theme. The system scores comments against it."
              rows={3}
            />
            <Button variant="secondary">Add theme</Button>
          </GroupedActionForm>
        </>
      )}

      {run && (
        <>
          <h2 className="govuk-heading-m">Candidate themes</h2>
          <p className="govuk-body">
            Proposed by grouping similar comments in the run of {formatDateTime(run.createdAt)}. Counts are approximate.
          </p>
          {canCode ? (
            <GroupedActionForm name="candidate" fieldIds={{ candidate: "candidate-themes", runId: "candidate-themes" }}>
              {hidden}
              <input type="hidden" name="op" value="acceptCandidate" />
              <input type="hidden" name="runId" value={run.id} />
              <CandidateList candidates={run.candidates} canAdd />
            </GroupedActionForm>
          ) : (
            <CandidateList candidates={run.candidates} canAdd={false} />
          )}
          <h2 className="govuk-heading-m">Campaigns and near-identical comments</h2>
          {run.campaigns.length === 0 ? (
            <p className="govuk-body">No near-identical comments were found.</p>
          ) : (
            <Table
              caption="Groups of near-identical comments (10 or more is a campaign)"
              head={[
                { text: "Comments", format: "numeric" },
                { text: "Campaign" },
                { text: "Template text (redacted)" },
              ]}
              rows={run.campaigns.map((g) => [
                { text: String(g.size), format: "numeric" as const },
                { text: g.isCampaign ? "Yes" : "No" },
                { text: g.templateText },
              ])}
            />
          )}
        </>
      )}

      {codebook && (
        <Details summary="Codebook version history">
          <ul className="govuk-list">
            {codebook.versions.map((v) => (
              <li key={v.number}>
                Version {v.number}, {formatDateTime(v.createdAt)}: {v.note}
              </li>
            ))}
          </ul>
        </Details>
      )}
    </ActionFormGroup>
  );
}
