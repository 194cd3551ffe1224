// What the retention schedule does to each consultation, and when (issue #21). Pure: the daily
// job (lib/services/retention) applies the steps this says are due, and the admin preview, the
// privacy notice and "What we hold" read the same dates, so they cannot disagree.
import { effectiveCloseDate } from "@/lib/consultations/status";
import type { TRetentionSettings } from "./settings";

/** The per-consultation steps, in the order a run applies them. */
export const CONSULTATION_STEPS = ["drafts", "equality", "freeText", "contacts", "files"] as const;
export type TConsultationStep = (typeof CONSULTATION_STEPS)[number];

export const STEP_LABELS: Readonly<Record<TConsultationStep, string>> = {
  drafts: "Delete unfinished drafts",
  equality: "Unlink equality monitoring answers (counts kept)",
  freeText: "Redact personal details in free text (originals destroyed)",
  contacts: "Delete contact details and update subscriptions",
  files: "Delete drawings and scanned originals",
};

export type TConsultationFacts = {
  id: string;
  title: string;
  stage: "DRAFT" | "PUBLISHED" | "OUTCOME_PUBLISHED";
  opensAt: Date;
  closesAt: Date;
  closedEarlyAt: Date | null;
  outcomePublishedAt: Date | null;
  legalHoldReason: string | null;
  /** When each step was applied; absent or null means not yet. */
  done: Partial<Record<TConsultationStep, Date | null>>;
};

export type TPlannedStep = {
  consultationId: string;
  title: string;
  step: TConsultationStep;
  dueAt: Date;
  doneAt: Date | null;
  onHold: boolean;
};

/** Calendar months later in UTC, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * When the consultation's purpose ends: its outcome's publication, or, when none follows, the
 * close plus the wait for an outcome. Null while it has not been published at all.
 */
export function consultationEnd(c: TConsultationFacts, settings: TRetentionSettings): Date | null {
  if (c.stage === "DRAFT") return null;
  if (c.outcomePublishedAt) return c.outcomePublishedAt;
  return addMonths(effectiveCloseDate(c), settings.outcomeWaitMonths);
}

/** Every step of one consultation with its date. A draft consultation holds no responses, so has none. */
export function planConsultation(c: TConsultationFacts, settings: TRetentionSettings): TPlannedStep[] {
  const end = consultationEnd(c, settings);
  if (!end) return [];
  const due: Record<TConsultationStep, Date> = {
    drafts: addDays(effectiveCloseDate(c), settings.draftDaysAfterClose),
    equality: end,
    freeText: end,
    contacts: addMonths(end, settings.contactMonthsAfterOutcome),
    files: addMonths(end, settings.filesMonthsAfterOutcome),
  };
  return CONSULTATION_STEPS.map((step) => ({
    consultationId: c.id,
    title: c.title,
    step,
    dueAt: due[step],
    doneAt: c.done[step] ?? null,
    onHold: c.legalHoldReason !== null,
  }));
}

/** What a run at `now` must apply: due, not yet applied, and not under a legal hold. */
export function dueSteps(
  consultations: readonly TConsultationFacts[],
  settings: TRetentionSettings,
  now: Date,
): TPlannedStep[] {
  return consultations
    .flatMap((c) => planConsultation(c, settings))
    .filter((s) => !s.onHold && s.doneAt === null && s.dueAt.getTime() <= now.getTime());
}

/** The preview: every step still to come (held ones included, marked), soonest first. */
export function upcomingSteps(
  consultations: readonly TConsultationFacts[],
  settings: TRetentionSettings,
  limit = 50,
): TPlannedStep[] {
  return consultations
    .flatMap((c) => planConsultation(c, settings))
    .filter((s) => s.doneAt === null)
    .sort(
      (a, b) =>
        a.dueAt.getTime() - b.dueAt.getTime() ||
        CONSULTATION_STEPS.indexOf(a.step) - CONSULTATION_STEPS.indexOf(b.step),
    )
    .slice(0, limit);
}

/** The whole-service steps every daily run applies, with the cut-off each uses. */
export type TServiceCutoffs = { auditBefore: Date; sentEmailBefore: Date; exportFileBefore: Date; tokensBefore: Date };

export function serviceCutoffs(settings: TRetentionSettings, now: Date): TServiceCutoffs {
  return {
    auditBefore: addMonths(now, -12 * settings.auditYears),
    sentEmailBefore: addDays(now, -settings.sentEmailDays),
    exportFileBefore: addDays(now, -settings.exportFileDays),
    tokensBefore: now,
  };
}

/** The counts one run reports, per category, in the order the audit event lists them. */
export type TRunCounts = {
  draftsDeleted: number;
  equalityUnlinked: number;
  freeTextRedacted: number;
  revisionsDeleted: number;
  importTablesCleared: number;
  contactsDeleted: number;
  subscriptionsDeleted: number;
  drawingsDeleted: number;
  scansDeleted: number;
  tokensDeleted: number;
  sentEmailsDeleted: number;
  exportFilesDeleted: number;
  auditEventsDeleted: number;
};

export const RUN_COUNT_LABELS: Readonly<Record<keyof TRunCounts, string>> = {
  draftsDeleted: "unfinished drafts deleted",
  equalityUnlinked: "equality answers unlinked",
  freeTextRedacted: "free-text answers redacted",
  revisionsDeleted: "earlier response versions deleted",
  importTablesCleared: "imported files cleared",
  contactsDeleted: "contact details deleted",
  subscriptionsDeleted: "update subscriptions deleted",
  drawingsDeleted: "drawings deleted",
  scansDeleted: "scanned originals deleted",
  tokensDeleted: "expired tokens deleted",
  sentEmailsDeleted: "sent emails deleted",
  exportFilesDeleted: "export files deleted",
  auditEventsDeleted: "old audit events deleted",
};

export function emptyCounts(): TRunCounts {
  return Object.fromEntries(Object.keys(RUN_COUNT_LABELS).map((k) => [k, 0])) as TRunCounts;
}

/** "3 unfinished drafts deleted, 120 contact details deleted." Categories with nothing due are left out, to fit the audit detail. */
export function describeCounts(counts: TRunCounts, held: number): string {
  const parts = (Object.keys(RUN_COUNT_LABELS) as (keyof TRunCounts)[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${RUN_COUNT_LABELS[k]}`);
  if (parts.length === 0) parts.push("Nothing was due");
  if (held > 0) parts.push(`${held} consultation${held === 1 ? "" : "s"} on legal hold skipped`);
  return `${parts.join(", ")}.`;
}

/** The daily run's hour (UTC): the quietest time for respondents. */
export const DAILY_RUN_HOUR_UTC = 2;

/** The next daily run strictly after `at`. */
export function nextDailyRun(at: Date): Date {
  const next = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), DAILY_RUN_HOUR_UTC));
  return next.getTime() > at.getTime() ? next : addDays(next, 1);
}
