// Step 3: writing the responses. Starting an import only marks it IMPORTING; the dry run's
// validated rows (checked-rows.ts) are then written in chunks of CHUNK rows, each chunk one
// transaction that also moves the progress counter, so the import page can show a progress bar
// and a crash loses at most the chunk in flight. An import left IMPORTING by a process that
// died can be continued from its last committed chunk (continueImport). A row whose hash the
// consultation already has is skipped by the unique index, never duplicated, so running an
// import again, or importing the same rows in another file, adds nothing.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importStalled } from "@/lib/imports/import-status";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkedRowsOf, validateTable } from "./check-import";
import { deleteCheckedRows, loadCheckedRows, type TCheckedRow } from "./checked-rows";
import { importConsultation } from "./import-context";
import { loadImport } from "./import-record";
import { insertImportedRows, type TImportTarget } from "./insert-responses";

const CHUNK = 1_000;
const CHUNK_TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;

/** Marks the import as started; `processImport` then writes it. */
export async function startImport(actor: StaffPrincipal | null, input: { consultationId: string; importId: string; onlyValid: boolean }): Promise<void> {
  requirePermission(actor, "response.import");
  const record = await loadImport(input.consultationId, input.importId);
  if (record.status === "UPLOADED" || !record.report) throw new AppError("INVALID_INPUT", "Check the rows (the dry run) before importing them.");
  if (record.status !== "CHECKED" && record.status !== "FAILED") throw new AppError("CONFLICT", "This file has already been imported. Upload it again to import it again.");
  if (!input.onlyValid && record.report.invalid > 0) {
    const rows = record.report.invalid === 1 ? "1 row has" : `${record.report.invalid} rows have`;
    throw new AppError("INVALID_INPUT", `You cannot import all rows: ${rows} errors. Correct the file and upload it again, or import only the valid rows.`);
  }
  const started = await db().responseImport.updateMany({
    where: { id: record.id, status: { in: ["CHECKED", "FAILED"] } },
    data: { status: "IMPORTING", onlyValid: input.onlyValid, processedCount: 0, importedCount: 0, duplicateCount: 0, rejectedCount: record.report.invalid },
  });
  if (started.count === 0) throw new AppError("CONFLICT", "This import has already started.");
}

/**
 * Takes over an import whose process stopped (a restart while it was writing): it must have
 * made no progress for a while. The caller then runs `processImport`, which carries on from
 * the last committed chunk.
 */
export async function continueImport(actor: StaffPrincipal | null, input: { consultationId: string; importId: string }): Promise<void> {
  const staff = requirePermission(actor, "response.import");
  const record = await loadImport(input.consultationId, input.importId);
  if (record.status !== "IMPORTING") throw new AppError("CONFLICT", "This import is not waiting to be continued.");
  if (!importStalled(record, now())) throw new AppError("CONFLICT", "This import is still running. Refresh the page to see its progress.");
  await db().$transaction(async (tx) => {
    // Touching updatedAt claims it: a second officer pressing the button now finds it running.
    const claimed = await tx.responseImport.updateMany({ where: { id: record.id, status: "IMPORTING", updatedAt: record.updatedAt }, data: { updatedAt: now() } });
    if (claimed.count === 0) throw new AppError("CONFLICT", "Someone has just continued this import. Refresh the page to see its progress.");
    await recordAuditEvent(tx, { actor: staff, action: "import.continue", targetType: "ResponseImport", targetId: record.id, detail: `${record.fileName}: from row ${record.processedCount + 1}` });
  });
}

/** Thrown inside a chunk's transaction when another process has moved the import on. */
class ImportTakenOver extends Error {}

/** Writes rows [from, from + rows.length) and moves the counters, all or nothing. */
async function writeChunk(target: TImportTarget, from: number, rows: readonly TCheckedRow[]): Promise<void> {
  await db().$transaction(async (tx) => {
    // Locks the record first, so two processes never write the same chunk at once.
    const moved = await tx.responseImport.updateMany({ where: { id: target.importId, status: "IMPORTING", processedCount: from }, data: { processedCount: from + rows.length } });
    if (moved.count === 0) throw new ImportTakenOver();
    const inserted = await insertImportedRows(tx, target, rows);
    await tx.responseImport.update({ where: { id: target.importId }, data: { importedCount: { increment: inserted } } });
  }, CHUNK_TRANSACTION);
}

/** Writes a started import from its last committed chunk. Safe to run again: imported rows are skipped. */
export async function processImport(actor: StaffPrincipal, importId: string, options: { chunkRows?: number } = {}): Promise<void> {
  const record = await db().responseImport.findUniqueOrThrow({ where: { id: importId }, select: { consultationId: true } });
  const full = await loadImport(record.consultationId, importId);
  if (full.status !== "IMPORTING" || !full.mapping || !full.report) return;
  const chunkRows = options.chunkRows ?? CHUNK;
  try {
    const consultation = await importConsultation(full.consultationId, full.versionId);
    // The dry run's rows; validated again only if they were not kept (checked before they were).
    const rows = (await loadCheckedRows(full.id, full.report.checkId)) ?? checkedRowsOf(validateTable(consultation, full.table, full.mapping));
    const target: TImportTarget = { consultation, importId, channel: full.channel, enteredById: full.createdById, at: now() };
    for (let from = full.processedCount; from < rows.length; from += chunkRows) await writeChunk(target, from, rows.slice(from, from + chunkRows));
    await db().$transaction(async (tx) => {
      // Counted, not summed: rows a crashed run committed are this import's, not duplicates.
      const imported = await tx.response.count({ where: { importId } });
      const finished = await tx.responseImport.updateMany({
        where: { id: importId, status: "IMPORTING" },
        data: { status: "IMPORTED", importedAt: now(), processedCount: rows.length, importedCount: imported, duplicateCount: rows.length - imported },
      });
      if (finished.count === 0) throw new ImportTakenOver();
      await recordAuditEvent(tx, { actor, action: "import.run", targetType: "ResponseImport", targetId: importId, detail: `${full.fileName}: ${imported} imported, ${rows.length - imported} already imported, ${full.rejectedCount} rejected` });
    });
    await deleteCheckedRows(full.id, full.report.checkId);
  } catch (error) {
    if (error instanceof ImportTakenOver) return;
    console.error("[import] failed", importId, error);
    await db().responseImport.updateMany({
      where: { id: importId, status: "IMPORTING" },
      data: { status: "FAILED", failure: "The import stopped because of a problem with the service. Rows imported so far are kept; roll the import back or start it again." },
    });
  }
}

