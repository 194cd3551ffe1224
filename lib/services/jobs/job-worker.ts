// Runs export and import jobs in the app process (issue #19): started once from
// instrumentation.ts in every instance, it claims a job of each kind at a time with a lease
// (job-lease.ts), renews the lease while the job runs, and on SIGTERM stops claiming, stops its
// jobs (an export's process at once, an import after the chunk in hand) and hands their leases
// back, so another instance carries on at once. All state is in the job rows, so an instance
// that dies loses nothing: its leases end and another instance takes the jobs over.
import "server-only";
import os from "node:os";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { INTERRUPTED_FAILURE, runExportJobInChild } from "@/lib/services/exports/export-jobs";
import { IMPORT_INTERRUPTED, processImport } from "@/lib/services/imports/run-import";
import { claimJob, failClaimedJob, handBackJob, MAX_JOB_ATTEMPTS, renewJobLease } from "./job-lease";
import type { TJobClaim, TJobKind } from "./job-lease";
import { setJobWorkerKick } from "./job-signal";

const KINDS: readonly TJobKind[] = ["export", "import"];
/** How long SIGTERM waits for a job to stop before handing its lease back anyway. */
const STOP_WAIT_MS = 5_000;

/** This instance on the jobs it claims, for operators (and the deployment test): name or host, and pid. */
export const jobOwner = () => `${env().HYS_INSTANCE_NAME ?? os.hostname()}:${process.pid}`;
const leaseMs = () => env().JOB_LEASE_SECONDS * 1000;

const PRINCIPAL = { id: true, email: true, name: true, role: true } as const;

/** Who pressed "Import", or were they gone, who uploaded it (that account stays while the import exists). */
async function importActor(importId: string): Promise<StaffPrincipal> {
  const select = { startedById: true, createdById: true } as const;
  const record = await db().responseImport.findUniqueOrThrow({ where: { id: importId }, select });
  const starter = record.startedById
    ? await db().user.findUnique({ where: { id: record.startedById }, select: PRINCIPAL })
    : null;
  return starter || (await db().user.findUniqueOrThrow({ where: { id: record.createdById }, select: PRINCIPAL }));
}

const RUNNERS: Record<TJobKind, (claim: TJobClaim, signal: AbortSignal) => Promise<unknown>> = {
  export: (claim, signal) => runExportJobInChild(claim.id, { leaseToken: claim.token, signal }),
  import: async (claim, signal) => {
    const actor = await importActor(claim.id);
    return processImport(actor, claim.id, { leaseToken: claim.token, signal });
  },
};

const GIVEN_UP: Record<TJobKind, string> = { export: INTERRUPTED_FAILURE, import: IMPORT_INTERRUPTED };

/**
 * Runs a claimed job to its end, renewing the lease meanwhile; aborted (by SIGTERM, or because the
 * lease was lost) it stops early. A job claimed more than MAX_JOB_ATTEMPTS times ends failed.
 */
export async function runClaimedJob(claim: TJobClaim, controller = new AbortController()): Promise<void> {
  if (claim.attempts > MAX_JOB_ATTEMPTS) {
    console.error(`[jobs] ${claim.kind} ${claim.id} was interrupted ${claim.attempts - 1} times; marking it failed`);
    await failClaimedJob(claim, GIVEN_UP[claim.kind]);
    return;
  }
  const lease = leaseMs();
  const renew = setInterval(() => {
    renewJobLease(claim, lease).then(
      (held) => {
        if (held || controller.signal.aborted) return;
        console.warn(`[jobs] lost the lease of ${claim.kind} ${claim.id}; another instance has it`);
        controller.abort();
      },
      // The database is out of reach: no other instance can claim the job either; the next renewal tries again.
      (error: unknown) => console.warn(`[jobs] could not renew the lease of ${claim.kind} ${claim.id}:`, String(error)),
    );
  }, lease / 3);
  renew.unref();
  try {
    await RUNNERS[claim.kind](claim, controller.signal);
  } finally {
    clearInterval(renew);
  }
}

type Held = { claim: TJobClaim; controller: AbortController; done: Promise<void> };
type WorkerState = {
  timer?: NodeJS.Timeout;
  stopping?: boolean;
  ticking?: Promise<void>;
  again?: boolean;
  held: Map<TJobKind, Held>;
};
// On globalThis so development reloads do not start a second timer.
const holder = globalThis as unknown as { hysJobWorker?: WorkerState };
const state: WorkerState = (holder.hysJobWorker ??= { held: new Map() });

function run(claim: TJobClaim): void {
  const controller = new AbortController();
  const done = runClaimedJob(claim, controller)
    .catch((error: unknown) => console.error(`[jobs] ${claim.kind} ${claim.id} failed`, error))
    .finally(() => {
      state.held.delete(claim.kind);
      // Another job of this kind may be waiting.
      if (!state.stopping) void kickJobs();
    });
  state.held.set(claim.kind, { claim, controller, done });
}

async function tick(): Promise<void> {
  for (const kind of KINDS) {
    if (state.stopping || state.held.has(kind)) continue;
    try {
      const claim = await claimJob(kind, { owner: jobOwner(), leaseMs: leaseMs() });
      if (claim && !state.stopping) run(claim);
      else if (claim) await handBackJob(claim);
    } catch (error) {
      console.error(`[jobs] could not look for ${kind} jobs`, (error as Error).message);
    }
  }
}

/** Looks for jobs now, or straight after the look in progress. */
export function kickJobs(): Promise<void> {
  if (state.ticking) {
    state.again = true;
    return state.ticking;
  }
  state.ticking = (async () => {
    do {
      state.again = false;
      await tick();
    } while (state.again && !state.stopping);
  })().finally(() => {
    state.ticking = undefined;
  });
  return state.ticking;
}

export function startJobWorker(): void {
  if (state.timer) return;
  state.stopping = false;
  // Half a lease: a dead instance's job is taken over within 1.5 leases of its last renewal.
  state.timer = setInterval(() => void kickJobs(), Math.min(5_000, leaseMs() / 2));
  state.timer.unref();
  setJobWorkerKick(() => void kickJobs());
  void kickJobs();
}

/**
 * On SIGTERM (scripts/serve/app-server.mjs): claim nothing more, stop the jobs in hand and hand
 * their leases back, so another instance carries on now rather than when the lease would end.
 */
export async function drainJobWorker(): Promise<void> {
  state.stopping = true;
  clearInterval(state.timer);
  state.timer = undefined;
  setJobWorkerKick(undefined);
  await state.ticking;
  const held = [...state.held.values()];
  for (const job of held) job.controller.abort();
  const stopped = Promise.allSettled(held.map((job) => job.done));
  await Promise.race([stopped, new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
  await Promise.allSettled(
    held.map(async ({ claim }) => {
      if (await handBackJob(claim)) console.log(`[jobs] handed ${claim.kind} ${claim.id} back for another instance`);
    }),
  );
}
