// Large exports (issue #10): more submitted responses than EXPORT_BACKGROUND_THRESHOLD are built
// in the background: the request starts the job and redirects to its page, the job runs in its
// own capped Node process (export-job-process.ts), writing the file through lib/storage as it
// streams and moving a progress counter batch by batch, and the file is downloaded (authorised
// and audited then) when ready.
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
import { exportFileName, writeExport, type TExportSpec } from "./build-export";
import { spawnExportJob } from "./export-job-process";

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

/**
 * Starts a background export (the caller has authorised it) and returns its id. `total` is the
 * submitted responses the caller counted to decide on a background export, not counted again.
 */
export async function startExportJob(actor: StaffPrincipal | null, spec: TExportSpec, reason: string | null, total: number): Promise<string> {
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
  // Runs on after the redirect, in its own process; the job page shows its progress.
  void runExportJobInChild(job.id);
  return job.id;
}

/**
 * Runs a job in a child process (the one way the app runs them) and resolves with its exit code
 * once it has ended. A child that dies leaves the job failed with a plain message.
 */
export function runExportJobInChild(jobId: string): Promise<number> {
  return spawnExportJob(jobId, async () => {
    // Only a job still being prepared: a child that recorded its own outcome keeps it.
    await db().exportJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "FAILED", failure: FAILURE, finishedAt: now() } });
  });
}

/** Builds a job's file. Never throws: a failure is recorded on the job. */
export async function runExportJob(jobId: string): Promise<void> {
  const job = await db().exportJob.findUniqueOrThrow({ where: { id: jobId } });
  const key = `exports/${job.consultationId.toLowerCase()}/${randomUUID()}.${job.format}`;
  const spec: TExportSpec = { consultationId: job.consultationId, format: job.format as TExportFormat, freeText: job.freeText, originalText: job.originalText, personalData: job.personalData };
  try {
    const output = new PassThrough();
    const stored = fileStorage().putStream(key, output);
    await writeExport(spec, output, async (processed) => {
      await db().exportJob.update({ where: { id: jobId }, data: { processed, progressAt: now() } });
    });
    const sizeBytes = await stored;
    await db().exportJob.update({ where: { id: jobId }, data: { status: "READY", storageKey: key, sizeBytes, processed: job.total, finishedAt: now() } });
  } catch (error) {
    console.error("[export] background export failed", jobId, error);
    await fileStorage().delete(key).catch(() => undefined);
    await db().exportJob.update({ where: { id: jobId }, data: { status: "FAILED", failure: FAILURE, finishedAt: now() } });
  }
}

/**
 * Marks the consultation's jobs left "being prepared" by a restart as failed: a job's process
 * writes progress every batch, so one silent for EXPORT_JOB_STALE_MINUTES has stopped (its
 * process died with the server, or the server stopped before it began).
 */
async function failStaleJobs(consultationId: string): Promise<void> {
  const cutoff = new Date(now().getTime() - env().EXPORT_JOB_STALE_MINUTES * 60_000);
  await db().exportJob.updateMany({
    where: { consultationId, status: "RUNNING", OR: [{ progressAt: { lt: cutoff } }, { progressAt: null, createdAt: { lt: cutoff } }] },
    data: { status: "FAILED", failure: STALE_FAILURE, finishedAt: now() },
  });
}

/** One job of the consultation, for its page (export.download). */
export async function getExportJob(actor: StaffPrincipal | null, consultationId: string, jobId: string): Promise<TExportJob> {
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
  const job = await db().exportJob.findFirst({ where: { id: jobId, consultationId }, select: { format: true, personalData: true, originalText: true, reason: true } });
  return job && { format: job.format as TExportFormat, personalData: job.personalData, originalText: job.originalText, reason: job.reason ?? undefined };
}
