// The findings report's method section (issue #10): how the consultation was run, and the
// Gunning principles as evidence. Reads the consultation as officers see it, the checklist
// stored at publication, the extension audit trail and the free-text coding coverage.
import "server-only";
import { db } from "@/lib/db";
import type { StaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { calendarDaysBetween, formatDate } from "@/lib/text/dates";
import { audienceLabel } from "@/lib/validation/consultation";
import { documentKindLabel } from "@/lib/validation/document";
import { CHANNEL_LABELS, FORMAT_LABELS, isChannel } from "@/lib/respond/channels";
import type { TCodingCoverage, TGunningItem, TReportMethod } from "@/lib/reports/findings-types";
import type { TOpenQuestion } from "@/lib/services/analysis/free-text/question";
import { coverageSentences, questionCoverageLine, totalCoverage } from "@/lib/reports/coding-coverage";

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

type TStoredItem = { id?: string; passed?: boolean; message?: string; principle?: string; overrideReason?: string };

/** Per open question: answers with text, answers with a live theme, answers an officer decided. */
export async function codingCoverage(consultationId: string, questions: TOpenQuestion[]): Promise<TCodingCoverage[]> {
  if (questions.length === 0) return [];
  // One grouped pass per figure over the question's answers; REJECTED suggestions do not code an answer.
  const rows = await db().$queryRaw<
    { q: string; commented: number; coded: number; reviewed: number; suggested: number }[]
  >`
    SELECT a."questionKey" AS q, count(*)::int AS commented,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND t.status <> 'REJECTED'))::int AS coded,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND (t.status <> 'SUGGESTED' OR t."assignedBy" = 'OFFICER')))::int AS reviewed,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND t.status = 'SUGGESTED')
                              AND NOT EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND (t.status <> 'SUGGESTED' OR t."assignedBy" = 'OFFICER')))::int AS suggested
      FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
     WHERE r."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'
       AND a."questionKey" = ANY(${questions.map((q) => q.key)}::text[]) AND btrim(coalesce(a.text, '')) <> ''
     GROUP BY a."questionKey"`;
  return questions.map((q) => {
    const row = rows.find((r) => r.q === q.key);
    return {
      questionKey: q.key,
      title: q.title,
      commented: row?.commented ?? 0,
      coded: row?.coded ?? 0,
      reviewed: row?.reviewed ?? 0,
      suggestedOnly: row?.suggested ?? 0,
    };
  });
}

/** Events held by the time of the report, and any still to come, counted apart. */
function eventsSoFar(events: readonly { startsAt: Date }[], at: Date): string[] {
  const held = events.filter((e) => e.startsAt <= at).length;
  const planned = events.length - held;
  return [
    ...(held > 0 ? [`${plural(held, "engagement event")} held.`] : []),
    ...(planned > 0 ? [`${plural(planned, "engagement event")} planned but not yet held.`] : []),
  ];
}

function storedChecklist(items: unknown): TStoredItem[] {
  return Array.isArray(items) ? items.filter((i): i is TStoredItem => typeof i === "object" && i !== null) : [];
}

/** Gunning 1 as far as the dates show it: "before the decision" only when a later decision date is recorded. */
function formativeStage(c: StaffConsultation): string {
  if (!c.publishedAt) return "Not yet published.";
  const published = `Published on ${formatDate(c.publishedAt)}`;
  if (!c.expectedDecisionDate) return `${published}. No decision date is recorded.`;
  return c.publishedAt < c.expectedDecisionDate
    ? `${published}, before the decision, which is expected on ${formatDate(c.expectedDecisionDate)}.`
    : `${published}; the decision date recorded, ${formatDate(c.expectedDecisionDate)}, is not after publication.`;
}

function gunning(
  c: StaffConsultation,
  durationDays: number,
  extensions: TReportMethod["extensions"],
  coding: TCodingCoverage[],
  channelsUsed: string[],
): TGunningItem[] {
  const checklist = storedChecklist(c.checklists[0]?.items);
  const overrides = checklist
    .filter((i) => i.overrideReason)
    .map((i) => `Checklist item overridden at publication: ${i.message ?? i.id} Reason recorded: ${i.overrideReason}`);
  const reviewed = coding.map(questionCoverageLine);
  return [
    {
      principle: "1. At a formative stage",
      evidence: [
        formativeStage(c),
        ...(c.decisionMaker ? [`Decision maker: ${c.decisionMaker}.`] : []),
        ...(c.forwardPlanReference ? [`Forward plan reference: ${c.forwardPlanReference}.`] : []),
      ],
    },
    {
      principle: "2. Sufficient reasons for the proposals",
      evidence: [
        c.reasons.trim()
          ? `Reasons for the proposals ${c.publishedAt ? "were published with the consultation" : "are written on the consultation page, which is not yet published"}.`
          : "No reasons were recorded on the consultation page.",
        `${plural(c.proposals.length, "proposal")} and ${plural(c.documents.filter((d) => d.versions.length > 0).length, "document")} published.`,
        ...overrides,
      ],
    },
    {
      principle: "3. Adequate time for consideration and response",
      evidence: [
        `Open from ${formatDate(c.opensAt)} to ${formatDate(c.closedEarlyAt ?? c.closesAt)}: ${durationDays} days (${(durationDays / 7).toFixed(1)} weeks)${c.isServiceChange ? "; a service change, for which 12 weeks is expected" : ""}.`,
        ...extensions.map((e) => `Closing date extended on ${formatDate(e.at)} (${e.detail}).`),
        ...(c.closedEarlyAt
          ? [`Closed early on ${formatDate(c.closedEarlyAt)}: ${c.closedEarlyReason ?? "no reason recorded"}.`]
          : []),
        `Ways to respond: ${channelsUsed.join(", ") || "online"}.`,
      ],
    },
    {
      principle: "4. Conscientious consideration of the responses",
      evidence:
        reviewed.length > 0
          ? [
              "Every answer to a closed question is counted in the results.",
              ...coverageSentences(totalCoverage(coding)),
              ...reviewed,
            ]
          : ["The questionnaire had no free-text questions; every closed answer is counted in the results."],
    },
  ];
}

/** `channelKeys`: the channels submitted responses arrived through. */
export async function reportMethod(
  c: StaffConsultation,
  coding: TCodingCoverage[],
  channelKeys: string[],
  at: Date,
): Promise<TReportMethod> {
  const audits = await db().auditEvent.findMany({
    where: { targetType: "Consultation", targetId: c.id, action: "consultation.extend" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, detail: true },
  });
  const extensions = audits.map((a) => {
    // Stored as "<old ISO> → <new ISO>": shown as dates people read.
    const [from, to] = (a.detail ?? "").split(" → ").map((s) => new Date(s));
    const detail =
      from && to && !Number.isNaN(from.getTime()) && !Number.isNaN(to.getTime())
        ? `from ${formatDate(from)} to ${formatDate(to)}`
        : (a.detail ?? "");
    return { at: a.createdAt, detail };
  });
  const durationDays = calendarDaysBetween(c.opensAt, c.closedEarlyAt ?? c.closesAt);
  const label = (k: string) => (isChannel(k) ? CHANNEL_LABELS[k] : k);
  const channelsUsed = [...new Set(["ONLINE", ...channelKeys])].map(label);
  const formatsOffered = (["STANDARD", "EASY_READ"] as const)
    .filter((f) => c.questionnaires.some((q) => q.format === f && q._count.versions > 0))
    .map((f) => FORMAT_LABELS[f]);
  // Subscriptions the retention schedule or an erasure removed (issue #21) still count here.
  const [live, retention] = await Promise.all([
    db().outcomeSubscription.count({ where: { consultationId: c.id, confirmedAt: { not: null } } }),
    db().consultationRetention.findUnique({ where: { consultationId: c.id }, select: { subscribersRemoved: true } }),
  ]);
  const subscribers = live + (retention?.subscribersRemoved ?? 0);
  const promotion = [
    // The officer's own account comes first; the rest is what the platform itself can show.
    ...(c.promotionNotes ? [c.promotionNotes] : []),
    ...(c.publishedAt
      ? [`Listed on the council's consultation hub and its feed from ${formatDate(c.publishedAt)}.`]
      : []),
    ...(c.audiences.length > 0 ? [`Aimed at: ${c.audiences.map(audienceLabel).join(", ")}.`] : []),
    ...(c.partners.length > 0 ? [`Promoted with partners: ${c.partners.join(", ")}.`] : []),
    ...eventsSoFar(c.events, at),
    `${subscribers} ${subscribers === 1 ? "person" : "people"} asked to be told the outcome.`,
  ];
  return {
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    originalClosesAt: c.originalClosesAt,
    closedEarlyAt: c.closedEarlyAt,
    closedEarlyReason: c.closedEarlyReason,
    durationDays,
    extensions,
    audiences: c.audiences.map(audienceLabel),
    partners: c.partners,
    channelsUsed,
    channelsReceived: channelKeys.map(label),
    otherWaysToRespond: c.otherWaysToRespond,
    helpToTakePart: c.helpToTakePart,
    formatsOffered,
    events: c.events.map((e) => ({
      title: e.title,
      startsAt: e.startsAt,
      place: e.place,
      audience: e.audience,
      attendeeCount: e.attendeeCount,
    })),
    documents: c.documents.map((d) => ({
      title: d.title,
      kind: documentKindLabel(d.kind),
      versions: d.versions.map((v) => ({ label: v.versionLabel, createdAt: v.createdAt, changeNote: v.changeNote })),
    })),
    promotion,
    gunning: gunning(c, durationDays, extensions, coding, channelsUsed),
    coding,
  };
}
