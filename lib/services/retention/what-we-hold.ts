// "What we hold" (issue #21): each kind of personal data with how many records there are, the
// oldest, and when the schedule next deletes or anonymises some of it. The record of
// processing, read live from the tables, so it is always current.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { dataCategories, type TCategory, type TCategoryKey } from "@/lib/retention/categories";
import { addDays, addMonths, nextDailyRun, planConsultation, type TConsultationStep } from "@/lib/retention/plan";
import { consultationFacts } from "./consultation-facts";
import { retentionSettings } from "./retention-settings";

export type THolding = TCategory & { count: number; oldest: Date | null; nextDeletion: Date | null };

type Group = { consultationId: string | null; n: number; oldest: Date | null };
type Sql = () => Promise<Group[]>;

// Per-consultation counts, so the next deletion is that of a consultation that has such data.
const QUERIES: Readonly<Record<TCategoryKey, Sql>> = {
  responses: () =>
    db()
      .$queryRaw`SELECT "consultationId", count(*)::int AS n, min("startedAt") AS oldest FROM "Response" WHERE "status" <> 'DRAFT' GROUP BY 1`,
  freeText: () => db().$queryRaw`
    SELECT r."consultationId", count(*)::int AS n, min(r."startedAt") AS oldest FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId"
      LEFT JOIN "ConsultationRetention" cr ON cr."consultationId" = r."consultationId"
     WHERE a."text" IS NOT NULL AND cr."freeTextDoneAt" IS NULL GROUP BY 1`,
  contacts: () =>
    db()
      .$queryRaw`SELECT r."consultationId", count(*)::int AS n, min(c."createdAt") AS oldest FROM "RespondentContact" c JOIN "Response" r ON r."id" = c."responseId" GROUP BY 1`,
  subscriptions: () =>
    db()
      .$queryRaw`SELECT "consultationId", count(*)::int AS n, min("createdAt") AS oldest FROM "OutcomeSubscription" GROUP BY 1`,
  drafts: () =>
    db()
      .$queryRaw`SELECT "consultationId", count(*)::int AS n, min("startedAt") AS oldest FROM "Response" WHERE "status" = 'DRAFT' GROUP BY 1`,
  equality: () =>
    db()
      .$queryRaw`SELECT r."consultationId", count(*)::int AS n, min(e."createdAt") AS oldest FROM "EqualityMonitoring" e JOIN "Response" r ON r."id" = e."responseId" GROUP BY 1`,
  files: () => db().$queryRaw`
    SELECT "consultationId", sum(n)::int AS n, min(oldest) AS oldest FROM (
      SELECT r."consultationId", count(*) AS n, min(a."createdAt") AS oldest FROM "AnswerAttachment" a JOIN "Response" r ON r."id" = a."responseId" GROUP BY 1
      UNION ALL
      SELECT "consultationId", count(*) AS n, min("startedAt") AS oldest FROM "Response" WHERE "scanStorageKey" IS NOT NULL GROUP BY 1) f GROUP BY 1`,
  resumeTokens: () =>
    db().$queryRaw`SELECT NULL AS "consultationId", count(*)::int AS n, min("createdAt") AS oldest FROM "ResumeToken"`,
  sentEmails: () =>
    db()
      .$queryRaw`SELECT NULL AS "consultationId", count(*)::int AS n, min(COALESCE("sentAt", "createdAt")) AS oldest FROM "EmailOutbox"`,
  exports: () =>
    db()
      .$queryRaw`SELECT NULL AS "consultationId", count(*)::int AS n, min("createdAt") AS oldest FROM "ExportJob" WHERE "storageKey" IS NOT NULL`,
  staffSessions: () => db().$queryRaw`
    SELECT NULL AS "consultationId", (SELECT count(*) FROM "Session")::int + (SELECT count(*) FROM "VerificationToken")::int AS n,
           (SELECT min("expires") FROM "Session") AS oldest`,
  audit: () =>
    db().$queryRaw`SELECT NULL AS "consultationId", count(*)::int AS n, min("createdAt") AS oldest FROM "AuditEvent"`,
};

const minDate = (dates: (Date | null | undefined)[]): Date | null =>
  dates.filter((d): d is Date => d instanceof Date).reduce<Date | null>((a, b) => (a === null || b < a ? b : a), null);

export async function whatWeHold(actor: StaffPrincipal | null): Promise<THolding[]> {
  requirePermission(actor, "settings.manage");
  const settings = await retentionSettings();
  const facts = await consultationFacts();
  const plans = new Map(facts.map((c) => [c.id, planConsultation(c, settings)]));
  const at = now();
  const tomorrow = nextDailyRun(at);
  const stepDue = (consultationId: string | null, step: TConsultationStep) => {
    const planned = consultationId ? plans.get(consultationId)?.find((p) => p.step === step) : undefined;
    return planned && !planned.onHold && !planned.doneAt ? planned.dueAt : null;
  };
  const results: THolding[] = [];
  for (const category of dataCategories(settings)) {
    const groups = (await QUERIES[category.key]()).filter((g) => g.n > 0);
    const count = groups.reduce((sum, g) => sum + g.n, 0);
    const oldest = minDate(groups.map((g) => g.oldest));
    let nextDeletion: Date | null = null;
    if (category.step)
      nextDeletion = minDate(groups.map((g) => stepDue(g.consultationId, category.step as TConsultationStep)));
    else if (count > 0 && oldest) {
      if (category.key === "audit") nextDeletion = addMonths(oldest, 12 * settings.auditYears);
      else if (category.key === "sentEmails") nextDeletion = addDays(oldest, settings.sentEmailDays);
      else if (category.key === "exports") nextDeletion = addDays(oldest, settings.exportFileDays);
      else if (category.key === "resumeTokens" || category.key === "staffSessions") nextDeletion = tomorrow;
    }
    // Something already overdue goes at the next daily run.
    if (nextDeletion && nextDeletion < at) nextDeletion = nextDailyRun(at);
    results.push({ ...category, count, oldest, nextDeletion });
  }
  return results;
}
