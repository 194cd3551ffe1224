// The admin preview of the retention schedule (issue #21): what the daily job will remove or
// anonymise next, for which consultation, and when; when it last ran and runs next.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { upcomingSteps, type TPlannedStep } from "@/lib/retention/plan";
import { consultationFacts } from "./consultation-facts";
import { retentionSettings } from "./retention-settings";

export type TRetentionPreview = {
  /** `overdue`: due already; the next nightly run applies it. */
  steps: (TPlannedStep & { overdue: boolean })[];
  holds: { consultationId: string; title: string; reason: string; since: Date | null }[];
  lastRunAt: Date | null;
  nextRunAt: Date | null;
  lastRun: { at: Date; detail: string | null } | null;
};

export async function retentionPreview(actor: StaffPrincipal | null): Promise<TRetentionPreview> {
  requirePermission(actor, "settings.manage");
  const [settings, facts, lease, lastRun, holds] = await Promise.all([
    retentionSettings(),
    consultationFacts(),
    db().jobLease.findUnique({ where: { name: "retention" } }),
    db().auditEvent.findFirst({
      where: { action: "retention.run" },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, detail: true },
    }),
    db().consultationRetention.findMany({
      where: { legalHoldReason: { not: null } },
      include: { consultation: { select: { title: true } } },
    }),
  ]);
  return {
    steps: upcomingSteps(facts, settings).map((s) => ({ ...s, overdue: s.dueAt <= now() })),
    holds: holds.map((h) => ({
      consultationId: h.consultationId,
      title: h.consultation.title,
      reason: h.legalHoldReason ?? "",
      since: h.legalHoldSince,
    })),
    lastRunAt: lease?.lastRunAt ?? null,
    nextRunAt: lease?.nextRunAt ?? null,
    lastRun: lastRun ? { at: lastRun.createdAt, detail: lastRun.detail } : null,
  };
}

/** One consultation's schedule and hold, for its legal hold page. */
export async function consultationRetention(actor: StaffPrincipal | null, consultationId: string) {
  requirePermission(actor, "settings.manage");
  const [settings, facts] = await Promise.all([retentionSettings(), consultationFacts({ id: consultationId })]);
  const hold = await db().consultationRetention.findUnique({ where: { consultationId } });
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, title: true },
  });
  return consultation ? { consultation, hold, steps: upcomingSteps(facts, settings) } : null;
}
