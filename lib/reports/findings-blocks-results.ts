// The findings report's blocks after "Who responded": results per question (with a chart),
// themes, event feedback, equality profile, "You said, we did", limitations and the appendix.
import { formatPercent } from "@/lib/analysis/closed/maths";
import { formatDate } from "@/lib/text/dates";
import { barChartSvg } from "./charts/bar-chart-svg";
import { coverageSentences } from "./coding-coverage";
import { bullets, h, p, table, type TBlock } from "./report-blocks";
import type { TFindingsReport, TQuestionFindings } from "./findings-types";

const signed = (v: number | null) => (v === null ? "–" : `${v > 0 ? "+" : ""}${v.toFixed(1)}`);

function questionBlocks(q: TQuestionFindings, index: number): TBlock[] {
  const rows = [
    ...q.options,
    { label: "Not answered", n: q.notAnswered, percent: q.base > 0 ? (100 * q.notAnswered) / q.base : null },
  ];
  const out: TBlock[] = [
    h(2, q.title),
    p(
      `Base: ${q.base} respondents.${q.multiple ? " People could choose more than one answer, so percentages can add up to more than 100%." : ""}${q.net !== null ? ` Net agreement: ${signed(q.net)} percentage points (agree minus disagree).` : ""}`,
    ),
    { kind: "chart", chart: barChartSvg(q.title, rows, q.base, `q${index}`) },
    table(
      `Answers to "${q.title}"`,
      ["Answer", "Number", "Percentage"],
      rows.map((r) => [r.label, String(r.n), formatPercent(r.percent)]),
    ),
  ];
  if (q.byType.length > 0) {
    out.push(
      table(
        `"${q.title}" by respondent type (numbers)`,
        ["Respondent type", "Base", ...q.options.map((o) => o.label), ...(q.likert ? ["Net agreement"] : [])],
        q.byType.map((t) => [t.type, String(t.base), ...t.counts.map(String), ...(q.likert ? [signed(t.net)] : [])]),
      ),
    );
  }
  return out;
}

/** How far this question's comments were coded, when any were received: theme counts include unchecked suggestions. */
function coverageOf(r: TFindingsReport, questionKey: string): string[] {
  const c = r.method.coding.find((x) => x.questionKey === questionKey);
  return c && c.commented > 0 ? coverageSentences(c) : [];
}

function themeBlocks(r: TFindingsReport): TBlock[] {
  if (r.themes.length === 0) return [h(1, "Themes from comments"), p("The questionnaire had no free-text questions.")];
  return [
    h(1, "Themes from comments"),
    p(
      "Percentages are of the people who commented on that question. A comment can raise more than one theme. Points recorded at engagement events are counted separately, as event feedback points, and are not in the percentages.",
    ),
    ...r.themes.flatMap((t) => [
      h(2, t.title),
      p(
        [`${t.commented} ${t.commented === 1 ? "person" : "people"} commented.`, ...coverageOf(r, t.questionKey)].join(
          " ",
        ),
      ),
      t.themes.length > 0
        ? table(
            `Themes in comments on "${t.title}"`,
            ["Theme", "Comments", "Percentage of those who commented", "Event feedback points"],
            t.themes.map((x) => [
              x.description ? `${x.name}: ${x.description}` : x.name,
              String(x.n),
              formatPercent(x.percent),
              String(x.eventPoints),
            ]),
          )
        : p("These comments have not been coded to themes yet."),
      ...(t.quotes.length > 0 ? [h(3, "What people said"), ...bullets(t.quotes.map((q) => `“${q}”`))] : []),
    ]),
  ];
}

function eventBlocks(r: TFindingsReport): TBlock[] {
  if (r.events.length === 0) return [h(1, "Feedback from events"), p("No feedback from events was recorded.")];
  return [
    h(1, "Feedback from events"),
    p(
      "Points recorded at engagement events. They are feedback from groups, not individual responses, and are not counted in the figures above.",
    ),
    ...r.events.flatMap((e) => [
      h(2, `${e.title}, ${formatDate(e.startsAt)}`),
      p(e.attendeeCount === null ? "Attendance was not recorded." : `${e.attendeeCount} people attended.`),
      ...(e.headings.length === 0
        ? [p("No feedback points were recorded.")]
        : e.headings.flatMap((x) => [h(3, x.heading), ...bullets(x.points)])),
    ]),
  ];
}

function equalityBlocks(r: TFindingsReport): TBlock[] {
  const e = r.equality;
  if (!e)
    return [h(1, "Equality profile"), p("The equality profile is only available to analysts and administrators.")];
  return [
    h(1, "Equality profile"),
    p(
      `Totals over all ${e.base} submitted responses. Counts from 1 to 9 are shown as "<10", and counts that could otherwise be worked out are hidden as "[c]".`,
    ),
    ...e.characteristics.map((c) =>
      table(
        `${c.title}${c.multiple ? " (people could choose more than one)" : ""}`,
        ["Answer", "Number"],
        [...c.rows.map((x) => [x.label, x.text]), ["Total", c.total]],
      ),
    ),
  ];
}

export function resultsBlocks(r: TFindingsReport): TBlock[] {
  return [
    h(1, "Results by question"),
    ...(r.results.length > 0
      ? r.results.flatMap((q, i) => questionBlocks(q, i))
      : [p("The questionnaire had no closed questions.")]),
    ...themeBlocks(r),
    ...eventBlocks(r),
    ...equalityBlocks(r),
    h(1, "You said, we did"),
    r.youSaidWeDid.length > 0
      ? table(
          "You said, we did",
          ["Theme", "You said", "We did", "What changed"],
          r.youSaidWeDid.map((y) => [y.theme, y.youSaid, y.weDid, y.changed]),
          [false, false, false, false],
        )
      : p("The council has not yet recorded its response to the themes."),
    h(1, "Limitations"),
    ...bullets(r.limitations),
    h(1, "Appendix: question-by-question tables"),
    p(
      "Every closed question in full, with the numbers for each channel and format. The first row under the heading gives each column's base.",
    ),
    ...r.appendix.map((a) =>
      table(
        a.title,
        ["Answer", ...a.groups],
        [["Base", ...a.bases.map(String)], ...a.rows.map((x) => [x.label, ...x.cells.map(String)])],
      ),
    ),
  ];
}
