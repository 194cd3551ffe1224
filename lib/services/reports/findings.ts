// The consultation findings report (issue #10): one typed object assembled from the analysis
// services (counts, cross-tabs, themes, quotes, equality profile), never a second computation
// of what they already produce. The DOCX and the printable page both render this object.
import "server-only";
import { can, requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { now } from "@/lib/clock";
import { cellText } from "@/lib/analysis/closed/disclosure";
import { netAgreement, percentOf } from "@/lib/analysis/closed/maths";
import { CHANNEL_LABELS, FORMAT_LABELS, isChannel } from "@/lib/respond/channels";
import { reportLimitations } from "@/lib/reports/coding-coverage";
import {
  type TAppendixTable,
  type TFindingsReport,
  type TQuestionFindings,
  type TThemeFindings,
} from "@/lib/reports/findings-types";
import { closedResults, type TClosedResults } from "@/lib/services/analysis/closed-results";
import { crossTab } from "@/lib/services/analysis/cross-tab";
import { analysisDashboard } from "@/lib/services/analysis/dashboard";
import { equalityProfile } from "@/lib/services/analysis/equality-profile";
import { openQuestions } from "@/lib/services/analysis/free-text/question";
import { starredQuotes } from "@/lib/services/analysis/free-text/quotes";
import { codebookView } from "@/lib/services/analysis/free-text/review";
import { listYouSaidWeDid } from "@/lib/services/analysis/free-text/you-said-we-did";
import { analysisDefinitions } from "@/lib/services/analysis/scope";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listEventFeedback } from "@/lib/services/events/event-feedback";
import { codingCoverage, reportMethod } from "./findings-method";
import { reportRespondents } from "./findings-respondents";

/** Closed results, each question split by respondent type through the analysis cross-tab. */
async function questionFindings(
  actor: StaffPrincipal,
  consultationId: string,
  all: TClosedResults,
  typeLabels: Record<string, string>,
): Promise<TQuestionFindings[]> {
  const { standard } = await analysisDefinitions(consultationId);
  const typeKey = standard
    .flatMap((d) => d.sections.flatMap((s) => s.questions))
    .find((q) => q.type === "respondentType")?.key;
  const out: TQuestionFindings[] = [];
  for (const { question, groups } of all.questions) {
    const g = groups[0];
    let byType: TQuestionFindings["byType"] = [];
    if (typeKey && question.key !== typeKey) {
      const tab = await crossTab(actor, consultationId, {}, typeKey, question.key);
      byType = tab.rowKeys.flatMap((rk) => {
        const base = tab.rowTotals.get(rk) ?? 0;
        if (base === 0) return [];
        const byKey = Object.fromEntries(g.options.map((o) => [o.key, tab.cells.get(`${rk}|${o.key}`) ?? 0]));
        return [
          {
            type: rk === "" ? "Not stated" : (typeLabels[rk] ?? rk),
            base,
            counts: g.options.map((o) => byKey[o.key]),
            net: question.likert ? netAgreement(byKey, base) : null,
          },
        ];
      });
    }
    out.push({
      key: question.key,
      title: question.title,
      likert: question.likert,
      multiple: question.multiple,
      base: g.base,
      notAnswered: g.notAnswered,
      options: g.options.map((o) => ({ label: o.label, n: o.n, percent: o.percent })),
      net: g.net,
      byType,
    });
  }
  return out;
}

async function themeFindings(
  actor: StaffPrincipal,
  consultationId: string,
  coverage: { questionKey: string; title: string; commented: number }[],
): Promise<TThemeFindings[]> {
  const quotes = await starredQuotes(actor, consultationId);
  const out: TThemeFindings[] = [];
  for (const q of coverage) {
    const view = await codebookView(actor, consultationId, q.questionKey);
    // A theme counts an answer unless an officer rejected it: suggestions and accepted codes alike.
    const themes = (view?.codes ?? [])
      .map((c) => ({
        name: c.name,
        description: c.description,
        n: c.suggested + c.accepted,
        percent: percentOf(c.suggested + c.accepted, q.commented),
        eventPoints: c.eventPoints,
      }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
    out.push({
      questionKey: q.questionKey,
      title: q.title,
      commented: q.commented,
      themes,
      quotes: quotes.filter((s) => s.questionKey === q.questionKey).map((s) => s.text),
    });
  }
  return out;
}

/** Every closed question in full, split by channel and by format: the appendix's tables. */
function appendixTables(byChannel: TClosedResults, byFormat: TClosedResults): TAppendixTable[] {
  const label = (g: string) =>
    isChannel(g) ? CHANNEL_LABELS[g] : (FORMAT_LABELS[g as keyof typeof FORMAT_LABELS] ?? g);
  return byChannel.questions.map((q, i) => {
    const fq = byFormat.questions[i];
    const groups = [...q.groups, ...fq.groups.slice(1)];
    return {
      key: q.question.key,
      title: q.question.title,
      groups: groups.map((g) => (g.group === "" ? "All" : label(g.group))),
      rows: [
        // Every group lists the same options in the same order (known options, then older keys).
        ...q.groups[0].options.map((o, oi) => ({ label: o.label, cells: groups.map((g) => g.options[oi]?.n ?? 0) })),
        { label: "Not answered", cells: groups.map((g) => g.notAnswered) },
      ],
      bases: groups.map((g) => g.base),
    };
  });
}

export async function buildFindingsReport(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TFindingsReport> {
  const staff = requirePermission(actor, "export.download");
  const { consultation: c } = await getStaffConsultation(staff, consultationId);
  const [dashboard, all, byChannel, byFormat, open] = await Promise.all([
    analysisDashboard(staff, c.id),
    closedResults(staff, c.id, {}),
    closedResults(staff, c.id, {}, "channel"),
    closedResults(staff, c.id, {}, "format"),
    openQuestions(c.id),
  ]);
  const coverage = await codingCoverage(c.id, open);
  const generatedAt = now();
  const [method, respondents, results, themes, events, equality, ysd] = await Promise.all([
    reportMethod(
      c,
      coverage,
      dashboard.byChannel.filter((x) => x.n > 0).map((x) => x.key),
      generatedAt,
    ),
    reportRespondents(c.id, dashboard, open),
    questionFindings(staff, c.id, all, dashboard.respondentTypeLabels),
    themeFindings(staff, c.id, coverage),
    listEventFeedback(staff, c.id),
    can(staff.role, "equality.read") ? equalityProfile(staff, c.id) : Promise.resolve(null),
    listYouSaidWeDid(staff, c.id),
  ]);
  return {
    generatedAt,
    consultation: {
      id: c.id,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      decisionMaker: c.decisionMaker,
      forwardPlanReference: c.forwardPlanReference,
      expectedDecisionDate: c.expectedDecisionDate,
    },
    method,
    respondents,
    results,
    themes,
    events: events.map((e) => ({
      title: e.title,
      startsAt: e.startsAt,
      attendeeCount: e.attendeeCount,
      headings: e.headings.map((h) => ({ heading: h.heading, points: h.points.map((p) => p.text) })),
    })),
    equality: equality && {
      base: equality.base,
      characteristics: equality.characteristics.map((ch) => ({
        title: ch.title,
        multiple: ch.multiple,
        rows: ch.rows.map((r) => ({ label: r.label, text: cellText(r.cell) })),
        total: cellText(ch.total),
      })),
    },
    youSaidWeDid: ysd.map(({ theme, youSaid, weDid, changed }) => ({ theme, youSaid, weDid, changed })),
    limitations: reportLimitations(coverage),
    appendix: appendixTables(byChannel, byFormat),
  };
}
