// GET /staff/consultations/[id]/analysis/closed: closed-question results (issue #9, item 2),
// merged across formats and channels, with a GET filter form that works without JavaScript,
// the format/channel split and a cross-tab of any closed question by another (analysis.read).
import type { Metadata } from "next";
import { BackLink, Button, ButtonGroup, ErrorSummary, Select, TextInput } from "@/components/govuk";
import { CrossTabTable } from "@/components/analysis/cross-tab-table";
import { QuestionResult } from "@/components/analysis/question-result";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import {
  CHANNEL_LABELS,
  CHANNELS,
  COMPLETED_HOW,
  COMPLETED_HOW_LABELS,
  FORMAT_LABELS,
  isChannel,
} from "@/lib/respond/channels";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { closedResults } from "@/lib/services/analysis/closed-results";
import { respondentTypeFilterOptions } from "@/lib/services/analysis/dashboard";
import { crossTab, NOT_ANSWERED } from "@/lib/services/analysis/cross-tab";
import { campaignResponseIds } from "@/lib/services/analysis/free-text/overview";
import { analysisFilterInput, ZAnalysisFilterSchema, type TAnalysisFilter } from "@/lib/validation/analysis-filter";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ searchParams }: Readonly<Props>): Promise<Metadata> {
  const ok = ZAnalysisFilterSchema.safeParse(analysisFilterInput(await searchParams)).success;
  return staffPageMetadata("analysis.read", ok ? "Closed questions" : "Error: Closed questions");
}
export const dynamic = "force-dynamic";

const all = (text: string) => [{ value: "", text }];

function groupLabel(group: string): string {
  if (group === "") return "All";
  if (isChannel(group)) return CHANNEL_LABELS[group];
  return FORMAT_LABELS[group as keyof typeof FORMAT_LABELS] ?? group;
}

export default async function ClosedQuestionsPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/analysis/closed`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const input = analysisFilterInput(await searchParams);
  const parsed = ZAnalysisFilterSchema.safeParse(input);
  const errors = new Map<string, string>();
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      if (!errors.has(String(issue.path[0]))) errors.set(String(issue.path[0]), issue.message);
  const { split = "none", crossBy, crossWith, campaigns, ...chosen } = parsed.success ? parsed.data : {};
  // Campaign membership comes from the newest free-text themes run of each open question.
  const [campaignIds, respondentTypes] = await Promise.all([
    campaigns ? campaignResponseIds(staff, c.id) : [],
    respondentTypeFilterOptions(staff, c.id),
  ]);
  const filter: TAnalysisFilter = campaigns
    ? { ...chosen, campaign: { mode: campaigns, responseIds: campaignIds } }
    : chosen;
  const results = parsed.success ? await closedResults(staff, c.id, filter, split) : null;
  const questions = results?.questions ?? [];
  const known = (key?: string) => questions.some((q) => q.question.key === key);
  const table =
    results && known(crossBy) && known(crossWith)
      ? await crossTab(staff, c.id, filter, crossBy ?? "", crossWith ?? "")
      : null;
  const questionItems = questions.map((q) => ({ value: q.question.key, text: q.question.title }));
  const labelOf = (options: { key: string; label: string }[]) => (key: string) => ({
    key,
    label: key === NOT_ANSWERED ? "Not answered" : (options.find((o) => o.key === key)?.label ?? key),
  });
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}/analysis`}>Back to analysis</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Closed questions</h1>
      <ErrorSummary errorList={[...errors].map(([field, text]) => ({ text, href: `#${field}` }))} />
      <form method="get" action={path} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              name="channel"
              label="Channel"
              defaultValue={input.channel ?? ""}
              errorMessage={errors.get("channel")}
              items={[...all("All channels"), ...CHANNELS.map((ch) => ({ value: ch, text: CHANNEL_LABELS[ch] }))]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              name="format"
              label="Format"
              defaultValue={input.format ?? ""}
              errorMessage={errors.get("format")}
              items={[
                ...all("Both formats"),
                { value: "STANDARD", text: "Standard" },
                { value: "EASY_READ", text: "Easy Read" },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              name="respondentType"
              label="Responding as"
              defaultValue={input.respondentType ?? ""}
              errorMessage={errors.get("respondentType")}
              items={[...all("Everyone"), ...respondentTypes.map((o) => ({ value: o.key, text: o.label }))]}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              name="completedHow"
              label="Helped to complete"
              defaultValue={input.completedHow ?? ""}
              errorMessage={errors.get("completedHow")}
              items={[...all("Any"), ...COMPLETED_HOW.map((h) => ({ value: h, text: COMPLETED_HOW_LABELS[h] }))]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput
              name="district"
              label="Postcode district"
              hint="For example, HP20"
              width={5}
              defaultValue={input.district ?? ""}
              errorMessage={errors.get("district")}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              name="campaigns"
              label="Campaign responses"
              hint="Campaigns are found by running free-text themes"
              defaultValue={input.campaigns ?? ""}
              errorMessage={errors.get("campaigns")}
              items={[
                ...all("Include them"),
                { value: "include", text: "Only campaign responses" },
                { value: "exclude", text: "Leave them out" },
              ]}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              name="split"
              label="Show"
              defaultValue={parsed.success ? split : "none"}
              items={[
                { value: "none", text: "All formats and channels together" },
                { value: "format", text: "Split by format" },
                { value: "channel", text: "Split by channel" },
              ]}
            />
          </div>
        </div>
        <h2 className="govuk-heading-m">Cross-tab</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select
              name="crossBy"
              label="Rows: answers to"
              defaultValue={input.crossBy ?? ""}
              items={[...all("No cross-tab"), ...questionItems]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              name="crossWith"
              label="Columns: answers to"
              defaultValue={input.crossWith ?? ""}
              items={[...all("No cross-tab"), ...questionItems]}
            />
          </div>
        </div>
        <ButtonGroup>
          <Button variant="secondary">Apply</Button>
          <a className="govuk-link" href={path}>
            Clear filters
          </a>
        </ButtonGroup>
      </form>
      {table && (
        <CrossTabTable
          caption={`${table.rows.title} by ${table.columns.title}`}
          rowLabels={table.rowKeys.map(labelOf(table.rows.options))}
          columnLabels={table.columnKeys.map(labelOf(table.columns.options))}
          cell={(r, col) => table.cells.get(`${r}|${col}`) ?? 0}
          rowTotal={(k) => table.rowTotals.get(k) ?? 0}
          columnTotal={(k) => table.columnTotals.get(k) ?? 0}
          total={table.total}
        />
      )}
      {results && (
        <>
          <h2 className="govuk-heading-m">Results</h2>
          <p className="govuk-body">
            Base: <strong>{results.base}</strong> submitted responses match these filters.
            {campaigns &&
              ` ${campaignIds.length} ${campaignIds.length === 1 ? "response is" : "responses are"} in a campaign.`}{" "}
            Percentages are of the base, so &quot;Not answered&quot; is shown for every question. Net agreement is agree
            plus strongly agree, minus disagree plus strongly disagree, as a percentage of the base.
          </p>
          {questions.map((q) => (
            <QuestionResult
              key={q.question.key}
              title={q.question.title}
              multiple={q.question.multiple}
              likert={q.question.likert}
              groups={q.groups}
              groupLabel={groupLabel}
            />
          ))}
        </>
      )}
    </>
  );
}
