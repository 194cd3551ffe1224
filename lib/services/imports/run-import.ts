// Step 3: writing the responses. Starting an import only marks it IMPORTING; the dry run's
// validated rows (checked-rows.ts) are then written in chunks of CHUNK rows, each chunk one
// transaction that also moves the progress counter, so the import page can show a progress bar
// and a crash loses at most the chunk in flight. The writing is a background job (issue #19): one
// instance claims it with a lease (lib/services/jobs) and another takes it over from the last
// committed chunk if that instance dies; one stopped by SIGTERM hands it back after the chunk in
// hand. A row whose hash the consultation already has is skipped by the unique index, never
// duplicated, so running an import again, or importing the same rows in another file, adds nothing.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { kickJobWorker } from "@/lib/services/jobs/job-signal";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkedRowsOf, validateTable } from "./check-import";
import { deleteCheckedRows, loadCheckedRows, type TCheckedRow } from "./checked-rows";
import { importConsultation } from "./import-context";
import { loadImport } from "./import-record";
import { insertImportedRows, type TImportTarget } from "./insert-responses";
import { reopenRetentionSteps } from "@/lib/services/retention/late-entries";

const CHUNK = 1_000;
const CHUNK_TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;

/** Marks the import as started; an instance's job worker then claims it and writes it (`processImport`). */
export async function startImport(
  actor: StaffPrincipal | null,
  input: { consultationId: string; importId: string; onlyValid: boolean },
): Promise<void> {
  const staff = requirePermission(actor, "response.import");
  const record = await loadImport(input.consultationId, input.importId);
  if (record.status === "UPLOADED" || !record.report)
    throw new AppError("INVALID_INPUT", "Check the rows (the dry run) before importing them.");
  if (record.status !== "CHECKED" && record.status !== "FAILED")
    throw new AppError("CONFLICT", "This file has already been imported. Upload it again to import it again.");
  if (!input.onlyValid && record.report.invalid > 0) {
    const rows = record.report.invalid === 1 ? "1 row has" : `${record.report.invalid} rows have`;
    throw new AppError(
      "INVALID_INPUT",
      `You cannot import all rows: ${rows} errors. Correct the file and upload it again, or import only the valid rows.`,
    );
  }
  const started = await db().responseImport.updateMany({
    where: { id: record.id, status: { in: ["CHECKED", "FAILED"] } },
    data: {
      status: "IMPORTING",
      onlyValid: input.onlyValid,
      processedCount: 0,
      importedCount: 0,
      duplicateCount: 0,
      rejectedCount: record.report.invalid,
      failure: null,
      startedById: staff.id,
      // A fresh job: the next instance to look claims it (lib/services/jobs/job-worker.ts).
      leaseOwner: null,
      leaseToken: null,
      leaseUntil: null,
      attempts: 0,
    },
  });
  if (started.count === 0) throw new AppError("CONFLICT", "This import has already started.");
  kickJobWorker();
}

/** Thrown inside a chunk's transaction when another process has moved the import on. */
class ImportTakenOver extends Error {}

/** Only while the job's claim is ours (lib/services/jobs/job-lease.ts); without a token, any run. */
const heldBy = (leaseToken: string | undefined) => (leaseToken ? { leaseToken } : {});

/** Writes rows [from, from + rows.length) and moves the counters, all or nothing. */
async function writeChunk(target: TImportTarget, from: number, rows: readonly TCheckedRow[], leaseToken?: string) {
  await db().$transaction(async (tx) => {
    // Locks the record first, so two processes never write the same chunk at once.
    const moved = await tx.responseImport.updateMany({
      where: { id: target.importId, status: "IMPORTING", processedCount: from, ...heldBy(leaseToken) },
      data: { processedCount: from + rows.length },
    });
    if (moved.count === 0) throw new ImportTakenOver();
    const inserted = await insertImportedRows(tx, target, rows);
    if (inserted > 0) await reopenRetentionSteps(tx, target.consultation.id);
    await tx.responseImport.update({
      where: { id: target.importId },
      data: { importedCount: { increment: inserted } },
    });
  }, CHUNK_TRANSACTION);
}

export type TProcessOptions = {
  chunkRows?: number;
  /** The claim's token: every write checks the import is still this claim's. */
  leaseToken?: string;
  /** Aborted on SIGTERM (or a lost lease): stops after the chunk in hand, leaving the rest to the next holder. */
  signal?: AbortSignal;
};

/**
 * Writes a started import from its last committed chunk. Safe to run again: imported rows are
 * skipped. "stopped": the signal stopped it between chunks, or another run has the import now.
 */
export async function processImport(
  actor: StaffPrincipal,
  importId: string,
  options: TProcessOptions = {},
): Promise<"done" | "stopped" | "failed"> {
  const record = await db().responseImport.findUniqueOrThrow({
    where: { id: importId },
    select: { consultationId: true },
  });
  const full = await loadImport(record.consultationId, importId);
  if (full.status !== "IMPORTING" || !full.mapping || !full.report) return "stopped";
  const chunkRows = options.chunkRows ?? CHUNK;
  const { leaseToken, signal } = options;
  try {
    const consultation = await importConsultation(full.consultationId, full.versionId);
    // The dry run's rows; validated again only if they were not kept (checked before they were).
    const rows =
      (await loadCheckedRows(full.id, full.report.checkId)) ??
      checkedRowsOf(validateTable(consultation, full.table, full.mapping));
    const target: TImportTarget = {
      consultation,
      importId,
      channel: full.channel,
      enteredById: full.createdById,
      at: now(),
    };
    for (let from = full.processedCount; from < rows.length; from += chunkRows) {
      if (signal?.aborted) return "stopped";
      await writeChunk(target, from, rows.slice(from, from + chunkRows), leaseToken);
    }
    await db().$transaction(async (tx) => {
      // Counted, not summed: rows a crashed run committed are this import's, not duplicates.
      const imported = await tx.response.count({ where: { importId } });
      const finished = await tx.responseImport.updateMany({
        where: { id: importId, status: "IMPORTING", ...heldBy(leaseToken) },
        data: {
          status: "IMPORTED",
          importedAt: now(),
          processedCount: rows.length,
          importedCount: imported,
          duplicateCount: rows.length - imported,
          leaseToken: null,
          leaseUntil: null,
        },
      });
      if (finished.count === 0) throw new ImportTakenOver();
      await recordAuditEvent(tx, {
        actor,
        action: "import.run",
        targetType: "ResponseImport",
        targetId: importId,
        detail: `${full.fileName}: ${imported} imported, ${rows.length - imported} already imported, ${full.rejectedCount} rejected`,
      });
    });
    await deleteCheckedRows(full.id, full.report.checkId);
    return "done";
  } catch (error) {
    if (error instanceof ImportTakenOver) return "stopped";
    console.error("[import] failed", importId, error);
    await db().responseImport.updateMany({
      where: { id: importId, status: "IMPORTING", ...heldBy(leaseToken) },
      data: { status: "FAILED", failure: IMPORT_FAILURE, leaseToken: null, leaseUntil: null },
    });
    return "failed";
  }
}

const KEPT = "Rows imported so far are kept; try again to import the rest, or roll the import back.";
export const IMPORT_FAILURE = `The import stopped because of a problem with the service. ${KEPT}`;
/** Its instance died (or stopped) MAX_JOB_ATTEMPTS times while writing it. */
export const IMPORT_INTERRUPTED = `The import was interrupted several times while the service restarted. ${KEPT}`;
/** No instance has held it for IMPORT_STALLED_AFTER_MS: no instance is running background jobs. */
export const IMPORT_STALLED = `The import stopped when the service restarted and did not start again. ${KEPT}`;
