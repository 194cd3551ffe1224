// Step 3: writing the responses. Starting an import only marks it IMPORTING; the rows are then
// written in chunks of CHUNK rows, each chunk one transaction that also moves the progress
// counter, so the import page can show a progress bar and a crash loses at most one chunk.
// Every response is written through the same mapping the online submission uses (Answer rows
// from answer-store, mirror fields, references), as bulk inserts. A row whose hash the
// consultation already has is skipped by the unique index, never duplicated, so running an
// import again, or importing the same rows in another file, adds nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAnswers } from "@/lib/questionnaire/answer-values";
import { mirrorFields } from "@/lib/responses/mirror-fields";
import { generateReference } from "@/lib/responses/reference";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import { newAnswerRows } from "@/lib/services/responses/answer-store";
import { validateTable } from "./check-import";
import { importConsultation, type TImportConsultation } from "./import-context";
import { loadImport } from "./import-record";

const CHUNK = 1_000;
const ANSWER_BATCH = 8_000;
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

type TNewResponse = { hash: string; answers: TAnswers };

/** Inserts one chunk; returns how many were new. Rows skipped for a clashing reference (not a duplicate) are retried. */
async function insertChunk(consultation: TImportConsultation, record: { id: string; channel: string; createdById: string }, rows: TNewResponse[], at: Date): Promise<number> {
  let pending = rows;
  let inserted = 0;
  for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
    const batch = pending.map((row) => ({ ...row, id: randomUUID() }));
    const created = await db().$transaction(async (tx) => {
      const made = await tx.response.createManyAndReturn({
        data: batch.map((row) => ({
          id: row.id,
          consultationId: consultation.id,
          versionId: consultation.versionId,
          format: "STANDARD" as const,
          channel: record.channel as "IMPORT",
          status: "SUBMITTED" as const,
          reference: generateReference(consultation.referencePrefix),
          ...mirrorFields(consultation.definition, row.answers),
          enteredById: record.createdById,
          receivedAt: at,
          submittedAt: at,
          startedAt: at,
          importId: record.id,
          importRowHash: row.hash,
        })),
        skipDuplicates: true,
        select: { id: true },
      });
      const ids = new Set(made.map((m) => m.id));
      const answers = batch.filter((row) => ids.has(row.id)).flatMap((row) => newAnswerRows(consultation.definition, row.id, row.answers));
      // PostgreSQL takes at most 65,535 bind parameters per statement: 7 per Answer row.
      for (let i = 0; i < answers.length; i += ANSWER_BATCH) await tx.answer.createMany({ data: answers.slice(i, i + ANSWER_BATCH) });
      return ids;
    }, CHUNK_TRANSACTION);
    inserted += created.size;
    const skipped = batch.filter((row) => !created.has(row.id));
    if (skipped.length === 0) break;
    // Skipped for its hash: already imported. Skipped otherwise: a reference clash, so retry.
    const existing = await db().response.findMany({ where: { consultationId: consultation.id, importRowHash: { in: skipped.map((r) => r.hash) } }, select: { importRowHash: true } });
    const duplicate = new Set(existing.map((e) => e.importRowHash));
    pending = skipped.filter((row) => !duplicate.has(row.hash));
  }
  return inserted;
}

/** Writes a started import, chunk by chunk. Safe to run again after a crash: imported rows are skipped. */
export async function processImport(actor: StaffPrincipal, importId: string): Promise<void> {
  const record = await db().responseImport.findUniqueOrThrow({ where: { id: importId }, select: { consultationId: true } });
  const full = await loadImport(record.consultationId, importId);
  if (full.status !== "IMPORTING" || !full.mapping) return;
  try {
    const consultation = await importConsultation(full.consultationId, full.versionId);
    const { results, hashes } = validateTable(consultation, full.table, full.mapping);
    const at = now();
    const rows: TNewResponse[] = results.flatMap((r, i) => (r.ok ? [{ hash: hashes[i], answers: r.answers }] : []));
    let imported = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      imported += await insertChunk(consultation, full, chunk, at);
      await db().responseImport.update({ where: { id: importId }, data: { processedCount: i + chunk.length, importedCount: imported, duplicateCount: i + chunk.length - imported } });
    }
    await db().$transaction(async (tx) => {
      await tx.responseImport.update({ where: { id: importId }, data: { status: "IMPORTED", importedAt: now(), processedCount: rows.length, importedCount: imported, duplicateCount: rows.length - imported } });
      const rejected = results.length - rows.length;
      await recordAuditEvent(tx, { actor, action: "import.run", targetType: "ResponseImport", targetId: importId, detail: `${full.fileName}: ${imported} imported, ${rows.length - imported} already imported, ${rejected} rejected` });
    });
  } catch (error) {
    console.error("[import] failed", importId, error);
    await db().responseImport.update({ where: { id: importId }, data: { status: "FAILED", failure: "The import stopped because of a problem with the service. Rows imported so far are kept; roll the import back or start it again." } });
  }
}
