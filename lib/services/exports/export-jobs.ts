// Large exports (issue #10): more submitted responses than EXPORT_BACKGROUND_THRESHOLD are built
// in the background: the request records the job and redirects to its page; one instance claims
// it with a lease (lib/services/jobs, issue #19) and runs it in its own capped Node process
// (export-job-process.ts), writing the file through lib/storage as it streams and moving a
// progress counter batch by batch; the file is downloaded (authorised and audited then) when ready.
import "server-only";
import { randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/storage";
import type { TExportFormat } from "@/lib/validation/downloads";
import { Prisma } from "@/lib/generated/prisma/client";
import { kickJobWorker } from "@/lib/services/jobs/job-signal";
import { exportFileName, writeExport, type TExportSpec } from "./build-export";
import { spawnExportJob, type TSpawnOptions } from "./export-job-process";

export type TExportJob = {
  id: string;
  consultationId: string;
  format: TExportFormat;
  freeText: boolean;
  originalText: boolean;
  personalData: boolean;
  reason: string | null;
  status: "RUNNING" | "READY" | "FAILED";
  total: number;
  processed: number;
  fileName: string;
  sizeBytes: number | null;
  failure: string | null;
  createdAt: Date;
  progressAt: Date | null;
  finishedAt: Date | null;
};

const FAILURE = "The export stopped because of a problem with the service. Start it again from the downloads page.";
export const STALE_FAILURE = "The export stopped when the service restarted. Start it again.";
/** The job's instance died (or was stopped) MAX_JOB_ATTEMPTS times while building it. */
export const INTERRUPTED_FAILURE =
  "The export was interrupted several times while the service restarted. Start it again.";

/**
 * Starts a background export (the caller has authorised it) and returns its id. `total` is the
 * submitted responses the caller counted to decide on a background export, not counted again.
 */
export async function startExportJob(
  actor: StaffPrincipal | null,
  spec: TExportSpec,
  reason: string | null,
  total: number,
): Promise<string> {
  const staff = requirePermission(actor, "export.download");
  const job = await db().exportJob.create({
    data: {
      consultationId: spec.consultationId,
      format: spec.format,
      freeText: spec.freeText,
      originalText: spec.originalText,
      personalData: spec.personalData,
      reason,
      total,
      fileName: await exportFileName(spec),
      createdById: staff.id,
      createdAt: now(),
    },
    select: { id: true },
  });
  // Whichever instance claims it first builds it, usually this one at once (job-worker.ts); the
  // job page shows its progress.
  kickJobWorker();
  return job.id;
}

/**
 * Runs a job in a child process (the one way the app runs them) and resolves with its exit code
 * once it has ended. A child that dies leaves the job failed with a plain message.
 */
export function runExportJobInChild(jobId: string, options: TSpawnOptions = {}): Promise<number> {
  return spawnExportJob(
    jobId,
    async () => {
      // Only a job still being prepared under this claim: a child that recorded its own outcome
      // keeps it, and a job another instance has taken over is theirs.
      await db().exportJob.updateMany({
        where: { id: jobId, status: "RUNNING", ...heldBy(options.leaseToken) },
        data: { status: "FAILED", failure: FAILURE, finishedAt: now(), ...leaseEnded },
      });
    },
    options,
  );
}

/** Thrown when the job's claim is no longer this process's: another instance builds it now. */
class LeaseLost extends Error {}

/** Only while the claim is ours; without a token (the bench, tests) any RUNNING job. */
const heldBy = (leaseToken: string | undefined): Prisma.ExportJobWhereInput => (leaseToken ? { leaseToken } : {});
const leaseEnded = { leaseToken: null, leaseUntil: null } as const;

/** Builds a job's file. Never throws: a failure is recorded on the job, and a lost claim left to its new holder. */
export async function runExportJob(jobId: string, leaseToken?: string): Promise<void> {
  const job = await db().exportJob.findUniqueOrThrow({ where: { id: jobId } });
  const key = `exports/${job.consultationId.toLowerCase()}/${randomUUID()}.${job.format}`;
  const spec: TExportSpec = {
    consultationId: job.consultationId,
    format: job.format as TExportFormat,
    freeText: job.freeText,
    originalText: job.originalText,
    personalData: job.personalData,
  };
  const ours = { id: jobId, status: "RUNNING", ...heldBy(leaseToken) } as const;
  const output = new PassThrough();
  const stored = fileStorage().putStream(key, output);
  // Awaited below on success; on a failure the half-written file is abandoned and deleted.
  stored.catch(() => undefined);
  try {
    await writeExport(spec, output, async (processed) => {
      const moved = await db().exportJob.updateMany({ where: ours, data: { processed, progressAt: now() } });
      if (moved.count === 0) throw new LeaseLost();
    });
    const sizeBytes = await stored;
    const done = await db().exportJob.updateMany({
      where: ours,
      data: { status: "READY", storageKey: key, sizeBytes, processed: job.total, finishedAt: now(), ...leaseEnded },
    });
    if (done.count === 0) throw new LeaseLost();
  } catch (error) {
    output.destroy();
    await stored.catch(() => undefined);
    await fileStorage()
      .delete(key)
      .catch(() => undefined);
    if (error instanceof LeaseLost) {
      console.warn("[export] another instance has taken this export over; stopping", jobId);
      return;
    }
    console.error("[export] background export failed", jobId, error);
    const failed = { status: "FAILED", failure: FAILURE, finishedAt: now(), ...leaseEnded } as const;
    await db().exportJob.updateMany({ where: ours, data: failed });
  }
}

/**
 * Marks the consultation's jobs no instance has held for EXPORT_JOB_STALE_MINUTES as failed: a
 * running job's lease is renewed every few seconds and an ended one is taken over within seconds
 * by any instance, so this happens only when no instance runs jobs at all.
 */
async function failStaleJobs(consultationId: string): Promise<void> {
  const cutoff = new Date(now().getTime() - env().EXPORT_JOB_STALE_MINUTES * 60_000);
  await db().exportJob.updateMany({
    where: {
      consultationId,
      status: "RUNNING",
      OR: [{ leaseUntil: { lt: cutoff } }, { leaseUntil: null, createdAt: { lt: cutoff } }],
    },
    data: { status: "FAILED", failure: STALE_FAILURE, finishedAt: now(), ...leaseEnded },
  });
}

/** One job of the consultation, for its page (export.download). */
export async function getExportJob(
  actor: StaffPrincipal | null,
  consultationId: string,
  jobId: string,
): Promise<TExportJob> {
  requirePermission(actor, "export.download");
  await failStaleJobs(consultationId);
  const job = await db().exportJob.findFirst({ where: { id: jobId, consultationId } });
  if (!job) throw new AppError("NOT_FOUND", "We could not find that export.");
  return { ...job, format: job.format as TExportFormat };
}

/** The consultation's recent background exports, newest first. */
export async function recentExportJobs(actor: StaffPrincipal | null, consultationId: string): Promise<TExportJob[]> {
  requirePermission(actor, "export.download");
  await failStaleJobs(consultationId);
  const jobs = await db().exportJob.findMany({ where: { consultationId }, orderBy: { createdAt: "desc" }, take: 10 });
  return jobs.map((job) => ({ ...job, format: job.format as TExportFormat }));
}

/** The finished file's stream; the route authorises (and audits) before calling this. */
export async function openExportFile(consultationId: string, jobId: string) {
  const job = await db().exportJob.findFirst({ where: { id: jobId, consultationId } });
  if (!job) throw new AppError("NOT_FOUND", "We could not find that export.");
  if (job.status !== "READY" || !job.storageKey) throw new AppError("CONFLICT", "This export is not ready yet.");
  const stream = await fileStorage().openStream(job.storageKey);
  if (!stream) throw new AppError("NOT_FOUND", "The file of this export is no longer stored. Start the export again.");
  return { stream, fileName: job.fileName, format: job.format as TExportFormat, sizeBytes: job.sizeBytes };
}

/** What a job's file holds, so its download can be authorised for exactly that (no permission needed to ask). */
export async function exportJobOptions(consultationId: string, jobId: string) {
  const job = await db().exportJob.findFirst({
    where: { id: jobId, consultationId },
    select: { format: true, personalData: true, originalText: true, reason: true },
  });
  return (
    job && {
      format: job.format as TExportFormat,
      personalData: job.personalData,
      originalText: job.originalText,
      reason: job.reason ?? undefined,
    }
  );
}
