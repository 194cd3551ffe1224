// The findings report's "Who responded" section (issue #10): the dashboard's totals by type,
// channel and format, plus how responses were completed, the organisations that responded and
// the campaigns the free-text pipeline found, reported separately from individual responses.
import "server-only";
import { db } from "@/lib/db";
import { percentOf } from "@/lib/analysis/closed/maths";
import {
  CHANNEL_LABELS,
  COMPLETED_HOW_LABELS,
  FORMAT_LABELS,
  isChannel,
  type TCompletedHow,
} from "@/lib/respond/channels";
import type { TCampaign, TCountRow, TReportRespondents } from "@/lib/reports/findings-types";
import type { TDashboard } from "@/lib/services/analysis/dashboard";
import { newestRuns } from "@/lib/services/analysis/free-text/overview";
import type { TOpenQuestion } from "@/lib/services/analysis/free-text/question";
import { ZStoredCampaigns } from "@/lib/services/analysis/free-text/run-themes";

const rowsOf = (list: { key: string; n: number }[], label: (key: string) => string, base: number): TCountRow[] =>
  list.map((c) => ({ label: label(c.key), n: c.n, percent: percentOf(c.n, base) }));

/** Campaigns per open question, from each question's newest themes run (one query for all of them). */
async function campaigns(
  consultationId: string,
  questions: TOpenQuestion[],
): Promise<{ list: TCampaign[]; checked: number }> {
  const runs = new Map((await newestRuns(consultationId)).map((r) => [r.questionKey, r.campaigns]));
  const checked = questions.filter((q) => runs.has(q.key)).length;
  const list = questions.flatMap((q) => {
    const parsed = ZStoredCampaigns.safeParse(runs.get(q.key) ?? []);
    return (parsed.success ? parsed.data : [])
      .filter((g) => g.isCampaign)
      .map((g) => ({ questionTitle: q.title, members: g.memberIds.length }));
  });
  return { list, checked };
}

export async function reportRespondents(
  consultationId: string,
  dashboard: TDashboard,
  questions: TOpenQuestion[],
): Promise<TReportRespondents> {
  const total = dashboard.submitted;
  const where = { consultationId, status: "SUBMITTED" as const };
  const [help, organisations, late, campaignList] = await Promise.all([
    db().response.groupBy({ by: ["completedHow"], where, _count: { _all: true } }),
    db().response.findMany({
      where: { ...where, organisationName: { not: null } },
      distinct: ["organisationName"],
      select: { organisationName: true },
      orderBy: { organisationName: "asc" },
    }),
    db().response.count({ where: { ...where, lateReason: { not: null } } }),
    campaigns(consultationId, questions),
  ]);
  const byHelp = help
    .map((h) => ({ key: h.completedHow ?? "", n: h._count._all }))
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    total,
    byType: rowsOf(
      dashboard.byRespondentType,
      (k) => (k === "" ? "Not stated" : (dashboard.respondentTypeLabels[k] ?? k)),
      total,
    ),
    byChannel: rowsOf(dashboard.byChannel, (k) => (isChannel(k) ? CHANNEL_LABELS[k] : k), total),
    byFormat: rowsOf(dashboard.byFormat, (k) => FORMAT_LABELS[k as keyof typeof FORMAT_LABELS] ?? k, total),
    byHelp: rowsOf(byHelp, (k) => (k === "" ? "Not recorded" : (COMPLETED_HOW_LABELS[k as TCompletedHow] ?? k)), total),
    organisations: organisations.flatMap((o) => (o.organisationName?.trim() ? [o.organisationName.trim()] : [])),
    campaigns: campaignList.list,
    campaignsChecked: campaignList.checked,
    openQuestions: questions.length,
    late,
  };
}
