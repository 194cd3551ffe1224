// The daily retention job (issue #21), started from instrumentation.ts in every instance. Which
// instance runs it is settled in the database, like the email outbox (deliver-pending.ts): the
// JobLease row is claimed with FOR UPDATE SKIP LOCKED and leased, so exactly one instance runs
// each day's schedule; nextRunAt moves on only when a run finishes, so a run cut short by a
// shutdown or a crash is picked up again by the next tick of any instance.
import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { nextDailyRun } from "@/lib/retention/plan";
import { runRetention, type TRunResult } from "./run-retention";

const JOB = "retention";
const TICK_MS = 10 * 60_000;
/** Longer than any run (the 100,000-response bench takes well under a minute). */
const LEASE_MS = 30 * 60_000;

type WorkerState = { timer?: NodeJS.Timeout; running?: Promise<unknown>; stopping?: boolean; holder: string };
// On globalThis so development reloads do not start a second timer.
const holder = globalThis as unknown as { hysRetentionWorker?: WorkerState };
const state = (holder.hysRetentionWorker ??= { holder: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` });

/** Claims today's run if it is due and nobody holds it; true when this caller now holds it. */
export async function claimRetentionRun(at: Date, who: string): Promise<boolean> {
  // First sight of the job: due at once, so a new deployment applies its schedule on day one.
  await db()
    .$executeRaw`INSERT INTO "JobLease" ("name", "nextRunAt", "leasedUntil") VALUES (${JOB}, ${at}, ${at}) ON CONFLICT ("name") DO NOTHING`;
  const claimed = await db().$queryRaw<{ name: string }[]>`
    UPDATE "JobLease" SET "leasedUntil" = ${new Date(at.getTime() + LEASE_MS)}, "leasedBy" = ${who}
     WHERE "name" IN (
       SELECT "name" FROM "JobLease" WHERE "name" = ${JOB} AND "nextRunAt" <= ${at} AND "leasedUntil" <= ${at}
       FOR UPDATE SKIP LOCKED)
    RETURNING "name"`;
  return claimed.length === 1;
}

/** A finished run books the next; an unfinished one only gives the lease back. */
export async function releaseRetentionRun(at: Date, who: string, finished: boolean): Promise<void> {
  if (finished) {
    await db()
      .$executeRaw`UPDATE "JobLease" SET "nextRunAt" = ${nextDailyRun(at)}, "leasedUntil" = ${at}, "leasedBy" = NULL, "lastRunAt" = ${at} WHERE "name" = ${JOB} AND "leasedBy" = ${who}`;
  } else {
    await db()
      .$executeRaw`UPDATE "JobLease" SET "leasedUntil" = ${clockNow()}, "leasedBy" = NULL WHERE "name" = ${JOB} AND "leasedBy" = ${who}`;
  }
}

/** Runs the schedule if this instance wins today's claim; null when it is not due or another instance has it. */
export async function runRetentionIfDue(
  options: { who?: string; now?: Date; batchSize?: number } = {},
): Promise<TRunResult | null> {
  const at = options.now ?? clockNow();
  const who = options.who ?? state.holder;
  if (state.stopping || !(await claimRetentionRun(at, who))) return null;
  let result: TRunResult | null = null;
  try {
    result = await runRetention({ now: at, batchSize: options.batchSize, stopping: () => Boolean(state.stopping) });
    return result;
  } finally {
    await releaseRetentionRun(at, who, result?.finished ?? false);
  }
}

function tick(): void {
  if (state.running || state.stopping) return;
  state.running = runRetentionIfDue()
    .catch((error: unknown) => console.error("[retention] the scheduled run failed; the next tick tries again", error))
    .finally(() => {
      state.running = undefined;
    });
}

export function startRetentionWorker(): void {
  if (state.timer) return;
  state.timer = setInterval(tick, TICK_MS);
  state.timer.unref();
  tick();
}

/**
 * On SIGTERM (scripts/serve/app-server.mjs): claim nothing more, stop after the batch in hand,
 * and hand the lease back so another instance finishes today's run at its next tick.
 */
export async function drainRetentionWorker(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  state.stopping = true;
  await state.running;
}
