// The findings report's method section (issue #10): how the consultation was run, and the
// Gunning principles as evidence. Reads the consultation as officers see it, the checklist
// stored at publication, the extension audit trail and the free-text coding coverage.
import "server-only";
import { db } from "@/lib/db";
import type { StaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { calendarDaysBetween, formatDate } from "@/lib/text/dates";
import { audienceLabel } from "@/lib/validation/consultation";
import { documentKindLabel } from "@/lib/validation/document";
import { CHANNEL_LABELS, FORMAT_LABELS, isChannel } from "@/lib/responses/channels";
import type { TCodingCoverage, TGunningItem, TReportMethod } from "@/lib/reports/findings-types";
import type { TOpenQuestion } from "@/lib/services/analysis/free-text/question";

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

type TStoredItem = { id?: string; passed?: boolean; message?: string; principle?: string; overrideReason?: string };

/** Per open question: answers with text, answers with a live theme, answers an officer decided. */
export async function codingCoverage(consultationId: string, questions: TOpenQuestion[]): Promise<TCodingCoverage[]> {
  if (questions.length === 0) return [];
  // One grouped pass per figure over the question's answers; REJECTED suggestions do not code an answer.
  const rows = await db().$queryRaw<{ q: string; commented: number; coded: number; reviewed: number }[]>`
    SELECT a."questionKey" AS q, count(*)::int AS commented,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND t.status <> 'REJECTED'))::int AS coded,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ThemeAssignment" t WHERE t."answerId" = a.id AND (t.status <> 'SUGGESTED' OR t."assignedBy" = 'OFFICER')))::int AS reviewed
      FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
     WHERE r."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'
       AND a."questionKey" = ANY(${questions.map((q) => q.key)}::text[]) AND btrim(coalesce(a.text, '')) <> ''
     GROUP BY a."questionKey"`;
  return questions.map((q) => {
    const row = rows.find((r) => r.q === q.key);
    return { questionKey: q.key, title: q.title, commented: row?.commented ?? 0, coded: row?.coded ?? 0, reviewed: row?.reviewed ?? 0 };
  });
}

function storedChecklist(items: unknown): TStoredItem[] {
  return Array.isArray(items) ? items.filter((i): i is TStoredItem => typeof i === "object" && i !== null) : [];
}

function gunning(c: StaffConsultation, durationDays: number, extensions: TReportMethod["extensions"], coding: TCodingCoverage[], channelsUsed: string[]): TGunningItem[] {
  const checklist = storedChecklist(c.checklists[0]?.items);
  const overrides = checklist.filter((i) => i.overrideReason).map((i) => `Checklist item overridden at publication: ${i.message ?? i.id} Reason recorded: ${i.overrideReason}`);
  const published = c.publishedAt ? `Published on ${formatDate(c.publishedAt)}` : "Not yet published";
  const decision = c.expectedDecisionDate ? `; the decision is expected on ${formatDate(c.expectedDecisionDate)}` : "";
  const reviewed = coding.map((q) =>
    q.commented === 0
      ? `"${q.title}": no comments were received.`
      : `"${q.title}": ${q.commented} comments, ${q.coded} (${Math.round((100 * q.coded) / q.commented)}%) coded to themes, ${q.reviewed} (${Math.round((100 * q.reviewed) / q.commented)}%) reviewed by an officer.`,
  );
  return [
    {
      principle: "1. At a formative stage",
      evidence: [`${published}, before the decision${decision}.`, ...(c.decisionMaker ? [`Decision maker: ${c.decisionMaker}.`] : []), ...(c.forwardPlanReference ? [`Forward plan reference: ${c.forwardPlanReference}.`] : [])],
    },
    {
      principle: "2. Sufficient reasons for the proposals",
      evidence: [
        c.reasons.trim() ? "Reasons for the proposals were published with the consultation." : "No reasons were recorded on the consultation page.",
        `${plural(c.proposals.length, "proposal")} and ${plural(c.documents.filter((d) => d.versions.length > 0).length, "document")} published.`,
        ...overrides,
      ],
    },
    {
      principle: "3. Adequate time for consideration and response",
      evidence: [
        `Open for ${durationDays} days (${(durationDays / 7).toFixed(1)} weeks), ${formatDate(c.opensAt)} to ${formatDate(c.closesAt)}${c.isServiceChange ? "; a service change, for which 12 weeks is expected" : ""}.`,
        ...extensions.map((e) => `Closing date extended on ${formatDate(e.at)} (${e.detail}).`),
        ...(c.closedEarlyAt ? [`Closed early on ${formatDate(c.closedEarlyAt)}: ${c.closedEarlyReason ?? "no reason recorded"}.`] : []),
        `Ways to respond: ${channelsUsed.join(", ") || "online"}.`,
      ],
    },
    {
      principle: "4. Conscientious consideration of the responses",
      evidence: reviewed.length > 0 ? ["Every free-text comment was read through the coding and review process:", ...reviewed] : ["The questionnaire had no free-text questions; every closed answer is counted in the results."],
    },
  ];
}

export async function reportMethod(c: StaffConsultation, coding: TCodingCoverage[], channelKeys: string[]): Promise<TReportMethod> {
  const audits = await db().auditEvent.findMany({
    where: { targetType: "Consultation", targetId: c.id, action: "consultation.extend" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, detail: true },
  });
  const extensions = audits.map((a) => {
    // Stored as "<old ISO> → <new ISO>": shown as dates people read.
    const [from, to] = (a.detail ?? "").split(" → ").map((s) => new Date(s));
    const detail = from && to && !Number.isNaN(from.getTime()) && !Number.isNaN(to.getTime()) ? `from ${formatDate(from)} to ${formatDate(to)}` : (a.detail ?? "");
    return { at: a.createdAt, detail };
  });
  const durationDays = calendarDaysBetween(c.opensAt, c.closedEarlyAt ?? c.closesAt);
  const channelsUsed = [...new Set(["ONLINE", ...channelKeys])].map((k) => (isChannel(k) ? CHANNEL_LABELS[k] : k));
  const formatsOffered = (["STANDARD", "EASY_READ"] as const).filter((f) => c.questionnaires.some((q) => q.format === f && q._count.versions > 0)).map((f) => FORMAT_LABELS[f]);
  const subscribers = await db().outcomeSubscription.count({ where: { consultationId: c.id, confirmedAt: { not: null } } });
  const promotion = [
    // The officer's own account comes first; the rest is what the platform itself can show.
    ...(c.promotionNotes ? [c.promotionNotes] : []),
    ...(c.publishedAt ? [`Listed on the council's consultation hub and its feed from ${formatDate(c.publishedAt)}.`] : []),
    ...(c.audiences.length > 0 ? [`Aimed at: ${c.audiences.map(audienceLabel).join(", ")}.`] : []),
    ...(c.partners.length > 0 ? [`Promoted with partners: ${c.partners.join(", ")}.`] : []),
    ...(c.events.length > 0 ? [`${plural(c.events.length, "engagement event")} held.`] : []),
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
    otherWaysToRespond: c.otherWaysToRespond,
    helpToTakePart: c.helpToTakePart,
    formatsOffered,
    events: c.events.map((e) => ({ title: e.title, startsAt: e.startsAt, place: e.place, audience: e.audience, attendeeCount: e.attendeeCount })),
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
