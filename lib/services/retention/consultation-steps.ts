// The per-consultation retention steps (issue #21), each applied in small batches: every batch is
// one short statement (or a few), so a run over 100,000 responses never holds locks a respondent
// or an officer would wait on, and a run stopped between batches simply carries on next time.
import "server-only";
import { db } from "@/lib/db";
import type { TConsultationStep, TRunCounts } from "@/lib/retention/plan";
import { fileStorage } from "@/lib/storage/storage";
import { unlinkEqualityBatch } from "./equality-tally";
import { redactRows, writeRedacted, type TTextRow } from "./free-text-redaction";
import { deleteSubscriptions } from "./subscription-removal";

export type TStepContext = {
  consultationId: string;
  batchSize: number;
  /** True once the instance is shutting down: stop after the batch in hand. */
  stopping: () => boolean;
  counts: TRunCounts;
};

/** Whether the step finished (false: stopped early, to be resumed by the next run). */
type StepResult = boolean;

async function deleteFiles(keys: readonly (string | null)[]): Promise<void> {
  // Files first, rows after: a failure leaves a row pointing at nothing, never a file nobody can find.
  for (const key of keys) if (key) await fileStorage().delete(key);
}

async function drafts(ctx: TStepContext): Promise<StepResult> {
  for (;;) {
    if (ctx.stopping()) return false;
    const batch = await db().response.findMany({
      where: { consultationId: ctx.consultationId, status: "DRAFT" },
      select: { id: true, scanStorageKey: true, attachments: { select: { storageKey: true } } },
      take: ctx.batchSize,
    });
    if (batch.length === 0) return true;
    await deleteFiles(batch.flatMap((r) => [r.scanStorageKey, ...r.attachments.map((a) => a.storageKey)]));
    // Answers, contact, equality, resume tokens and attachments go with the response (cascade).
    const { count } = await db().response.deleteMany({
      where: { id: { in: batch.map((r) => r.id) }, status: "DRAFT" },
    });
    ctx.counts.draftsDeleted += count;
  }
}

async function equality(ctx: TStepContext): Promise<StepResult> {
  for (;;) {
    if (ctx.stopping()) return false;
    const n = await unlinkEqualityBatch(ctx.consultationId, ctx.batchSize);
    if (n === 0) return true;
    ctx.counts.equalityUnlinked += n;
  }
}

type TTextBatch = { rows: TTextRow[]; last: string } | null;

/**
 * The next batch of a consultation's responses (by primary key) and their typed-in answers, in
 * one statement so it can run while the previous batch is redacted. A response without text
 * still gives one row (with a null answer), so the walk knows how far it got.
 */
async function textBatch(consultationId: string, after: string, batchSize: number): Promise<TTextBatch> {
  // The contact's name is a subquery on its unique index (a join hashed the whole contact table
  // for every batch: 80 ms a batch).
  const rows = await db().$queryRaw<
    { responseId: string; id: string | null; text: string | null; name: string | null }[]
  >`
    WITH ids AS (
      SELECT "id" FROM "Response" WHERE "consultationId" = ${consultationId} AND "id" > ${after} ORDER BY "id" LIMIT ${batchSize})
    SELECT ids."id" AS "responseId", a."id", a."text",
           (SELECT c."name" FROM "RespondentContact" c WHERE c."responseId" = ids."id") AS "name"
      FROM ids LEFT JOIN "Answer" a ON a."responseId" = ids."id" AND a."text" IS NOT NULL
     ORDER BY ids."id"`;
  if (rows.length === 0) return null;
  const texts = rows.flatMap((r) =>
    r.id !== null && r.text !== null ? [{ id: r.id, text: r.text, name: r.name }] : [],
  );
  return { rows: texts, last: rows[rows.length - 1].responseId };
}

/**
 * Free text redacted in place with the quotes' and exports' redaction; the original is
 * overwritten. Walks the consultation's responses a batch at a time. Redaction is CPU work, so
 * the next batch is read and the last one written while this one is redacted: PostgreSQL works
 * on the database while Node works on the text.
 */
async function freeText(ctx: TStepContext): Promise<StepResult> {
  let next = textBatch(ctx.consultationId, "", ctx.batchSize);
  let writing: Promise<number> = Promise.resolve(0);
  for (;;) {
    if (ctx.stopping()) {
      await Promise.allSettled([next]);
      ctx.counts.freeTextRedacted += await writing;
      return false;
    }
    const batch = await next;
    if (!batch) break;
    next = textBatch(ctx.consultationId, batch.last, ctx.batchSize);
    const changed = redactRows(batch.rows);
    ctx.counts.freeTextRedacted += await writing;
    writing = writeRedacted(changed);
  }
  ctx.counts.freeTextRedacted += await writing;
  // Earlier versions of changed responses hold the original words: they go too.
  const revisions = await db().responseRevision.deleteMany({
    where: { response: { consultationId: ctx.consultationId } },
  });
  ctx.counts.revisionsDeleted += revisions.count;
  // An imported file's rows (and its dry run's stored rows and quoted errors) are the originals too.
  const imports = await db().responseImport.findMany({
    where: { consultationId: ctx.consultationId },
    select: { id: true, table: true, report: true },
  });
  for (const record of imports) {
    const table = record.table as { headers?: unknown; rows?: unknown[] };
    const report = record.report as { checkId?: string; errors?: unknown[] } | null;
    if ((table.rows?.length ?? 0) === 0 && (report?.errors?.length ?? 0) === 0 && !report?.checkId) continue;
    if (report?.checkId)
      await fileStorage().delete(`imports/${record.id.toLowerCase()}/checked-${report.checkId}.json`);
    await db().responseImport.update({
      where: { id: record.id },
      data: {
        table: { headers: table.headers ?? [], rows: [], rowNumbers: [] },
        ...(report ? { report: { ...report, errors: [], checkId: undefined } } : {}),
      },
    });
    ctx.counts.importTablesCleared++;
  }
  return true;
}

async function contacts(ctx: TStepContext): Promise<StepResult> {
  for (;;) {
    if (ctx.stopping()) return false;
    const count = await db().$executeRaw`
      DELETE FROM "RespondentContact" WHERE "id" IN (
        SELECT c."id" FROM "RespondentContact" c JOIN "Response" r ON r."id" = c."responseId"
         WHERE r."consultationId" = ${ctx.consultationId} LIMIT ${ctx.batchSize} FOR UPDATE OF c SKIP LOCKED)`;
    if (count === 0) break;
    ctx.counts.contactsDeleted += count;
  }
  ctx.counts.subscriptionsDeleted += await deleteSubscriptions({ consultationId: ctx.consultationId });
  // The receipt and draft links' token hashes and any resume links tie a response to an inbox.
  await db().resumeToken.deleteMany({ where: { response: { consultationId: ctx.consultationId } } });
  for (;;) {
    if (ctx.stopping()) return false;
    const count = await db().$executeRaw`
      UPDATE "Response" SET "receiptTokenHash" = NULL, "draftTokenHash" = NULL WHERE "id" IN (
        SELECT "id" FROM "Response" WHERE "consultationId" = ${ctx.consultationId}
           AND ("receiptTokenHash" IS NOT NULL OR "draftTokenHash" IS NOT NULL)
         LIMIT ${ctx.batchSize} FOR UPDATE SKIP LOCKED)`;
    if (count === 0) return true;
  }
}

async function files(ctx: TStepContext): Promise<StepResult> {
  for (;;) {
    if (ctx.stopping()) return false;
    const batch = await db().answerAttachment.findMany({
      where: { response: { consultationId: ctx.consultationId } },
      select: { id: true, storageKey: true },
      take: ctx.batchSize,
    });
    if (batch.length === 0) break;
    await deleteFiles(batch.map((a) => a.storageKey));
    const { count } = await db().answerAttachment.deleteMany({ where: { id: { in: batch.map((a) => a.id) } } });
    ctx.counts.drawingsDeleted += count;
  }
  for (;;) {
    if (ctx.stopping()) return false;
    const batch = await db().response.findMany({
      where: { consultationId: ctx.consultationId, scanStorageKey: { not: null } },
      select: { id: true, scanStorageKey: true },
      take: ctx.batchSize,
    });
    if (batch.length === 0) return true;
    await deleteFiles(batch.map((r) => r.scanStorageKey));
    const { count } = await db().response.updateMany({
      where: { id: { in: batch.map((r) => r.id) } },
      data: { scanStorageKey: null, scanFileName: null, scanMimeType: null, scanSizeBytes: null },
    });
    ctx.counts.scansDeleted += count;
  }
}

export const STEP_RUNNERS: Readonly<Record<TConsultationStep, (ctx: TStepContext) => Promise<StepResult>>> = {
  drafts,
  equality,
  freeText,
  contacts,
  files,
};
