// Background jobs held by exactly one instance at a time (issue #19): export jobs (ExportJob,
// RUNNING) and import jobs (ResponseImport, IMPORTING). An instance claims one with
// FOR UPDATE SKIP LOCKED, which sets a lease (owner, a token of this claim, and an end time) it
// renews while it works. Every write the job makes checks the token, so an instance that lost its
// lease (it stalled past the end, and another took over) can no longer touch the job. A job whose
// instance died is claimable again once the lease has ended; one handed back on SIGTERM at once.
// The same pattern as the email outbox (lib/services/email-outbox/deliver-pending.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type TJobKind = "export" | "import";

/** Each kind's table and the status of a job still to be done. Fixed strings, never input. */
const TABLES: Record<TJobKind, { table: Prisma.Sql; active: Prisma.Sql; failed: Prisma.Sql }> = {
  export: {
    table: Prisma.raw(`"ExportJob"`),
    active: Prisma.raw(`'RUNNING'::"ExportJobStatus"`),
    failed: Prisma.raw(`'FAILED'::"ExportJobStatus"`),
  },
  import: {
    table: Prisma.raw(`"ResponseImport"`),
    active: Prisma.raw(`'IMPORTING'::"ImportStatus"`),
    failed: Prisma.raw(`'FAILED'::"ImportStatus"`),
  },
};

/** Claims before a job is given up: each claim after the first means an instance died (or stalled) holding it. */
export const MAX_JOB_ATTEMPTS = 3;

export type TJobClaim = { kind: TJobKind; id: string; token: string; attempts: number };

export type TClaimOptions = {
  owner: string;
  leaseMs: number;
  at?: Date;
  /** Only jobs of this consultation (tests that must not take other tests' jobs). */
  consultationId?: string;
};

/**
 * Claims the oldest job of this kind that nobody holds (never claimed, handed back, or its lease
 * ended), or returns null. Two instances asking at once never get the same job.
 */
export async function claimJob(kind: TJobKind, options: TClaimOptions): Promise<TJobClaim | null> {
  const { table, active } = TABLES[kind];
  const at = options.at ?? clockNow();
  const token = randomUUID();
  const until = new Date(at.getTime() + options.leaseMs);
  const scope = options.consultationId ? Prisma.sql`AND "consultationId" = ${options.consultationId}` : Prisma.empty;
  const rows = await db().$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE ${table}
    SET "leaseOwner" = ${options.owner}, "leaseToken" = ${token}, "leaseUntil" = ${until}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM ${table}
      WHERE "status" = ${active} AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}) ${scope}
      ORDER BY "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "attempts"`;
  return rows[0] ? { kind, id: rows[0].id, token, attempts: rows[0].attempts } : null;
}

/** Pushes the lease's end on; false when the claim is no longer ours (taken over, finished or failed). */
export async function renewJobLease(claim: TJobClaim, leaseMs: number, at: Date = clockNow()): Promise<boolean> {
  const { table, active } = TABLES[claim.kind];
  const until = new Date(at.getTime() + leaseMs);
  const renewed = await db().$executeRaw`
    UPDATE ${table} SET "leaseUntil" = ${until}
    WHERE "id" = ${claim.id} AND "leaseToken" = ${claim.token} AND "status" = ${active}`;
  return renewed === 1;
}

/**
 * Gives an unfinished job back (SIGTERM): claimable by another instance now, and this claim not
 * counted against the job's attempts, since nothing went wrong with it.
 */
export async function handBackJob(claim: TJobClaim, at: Date = clockNow()): Promise<boolean> {
  const { table, active } = TABLES[claim.kind];
  const handed = await db().$executeRaw`
    UPDATE ${table} SET "leaseToken" = NULL, "leaseUntil" = ${at}, "attempts" = GREATEST("attempts" - 1, 0)
    WHERE "id" = ${claim.id} AND "leaseToken" = ${claim.token} AND "status" = ${active}`;
  return handed === 1;
}

/** Ends a claimed job as failed with a message for staff (its attempts are used up). */
export async function failClaimedJob(claim: TJobClaim, failure: string, at: Date = clockNow()): Promise<boolean> {
  const { table, active, failed } = TABLES[claim.kind];
  const finished = claim.kind === "export" ? Prisma.sql`, "finishedAt" = ${at}` : Prisma.empty;
  const done = await db().$executeRaw`
    UPDATE ${table}
    SET "status" = ${failed}, "failure" = ${failure}, "leaseToken" = NULL, "leaseUntil" = NULL ${finished}
    WHERE "id" = ${claim.id} AND "leaseToken" = ${claim.token} AND "status" = ${active}`;
  return done === 1;
}
