// One run of the retention schedule (issue #21): applies every step that is due (lib/retention/
// plan.ts) in small batches, marks each finished step on its consultation, and writes ONE audit
// event with the counts per category. Consultations under a legal hold are skipped whole.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import {
  describeCounts,
  dueSteps,
  emptyCounts,
  serviceCutoffs,
  type TConsultationStep,
  type TRunCounts,
} from "@/lib/retention/plan";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { consultationFacts } from "./consultation-facts";
import { STEP_RUNNERS } from "./consultation-steps";
import { retentionSettings } from "./retention-settings";
import { applyServiceSteps } from "./service-steps";

export const RETENTION_ACTOR = { system: "Retention schedule" } as const;

const DONE_FIELD: Readonly<
  Record<TConsultationStep, "draftsDoneAt" | "equalityDoneAt" | "freeTextDoneAt" | "contactsDoneAt" | "filesDoneAt">
> = {
  drafts: "draftsDoneAt",
  equality: "equalityDoneAt",
  freeText: "freeTextDoneAt",
  contacts: "contactsDoneAt",
  files: "filesDoneAt",
};

export type TRunOptions = { now?: Date; batchSize?: number; stopping?: () => boolean };
/** `seconds`: time spent per step kind, for the bench and the logs. */
export type TRunResult = {
  counts: TRunCounts;
  stepsApplied: number;
  held: number;
  finished: boolean;
  auditEventId: string;
  seconds: Record<string, number>;
};

export async function runRetention(options: TRunOptions = {}): Promise<TRunResult> {
  const at = options.now ?? clockNow();
  const batchSize = options.batchSize ?? 1_000;
  const stopping = options.stopping ?? (() => false);
  const settings = await retentionSettings();
  const facts = await consultationFacts();
  const held = facts.filter((c) => c.legalHoldReason !== null).length;
  const counts = emptyCounts();
  let stepsApplied = 0;
  let finished = true;
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      seconds[name] = (seconds[name] ?? 0) + (performance.now() - started) / 1000;
    }
  };
  for (const step of dueSteps(facts, settings, at)) {
    // A hold placed since the plan was made (an officer acting mid-run) is honoured before each step.
    const hold = await db().consultationRetention.findUnique({
      where: { consultationId: step.consultationId },
      select: { legalHoldReason: true },
    });
    if (hold?.legalHoldReason) continue;
    const done = await timed(step.step, () =>
      STEP_RUNNERS[step.step]({ consultationId: step.consultationId, batchSize, stopping, counts }),
    );
    if (!done) {
      finished = false;
      break;
    }
    const field = DONE_FIELD[step.step];
    await db().consultationRetention.upsert({
      where: { consultationId: step.consultationId },
      create: { consultationId: step.consultationId, [field]: at },
      update: { [field]: at },
    });
    stepsApplied++;
  }
  if (finished)
    await timed("service", () =>
      applyServiceSteps({ cutoffs: serviceCutoffs(settings, at), batchSize, stopping, counts }),
    );
  if (stopping()) finished = false;
  const detail = `${finished ? "" : "Stopped early (shutdown); the rest follows next run. "}${describeCounts(counts, held)}`;
  const auditEventId = await recordAuditEvent(db(), {
    actor: RETENTION_ACTOR,
    action: "retention.run",
    targetType: "RetentionRun",
    detail,
  });
  return { counts, stepsApplied, held, finished, auditEventId, seconds };
}
