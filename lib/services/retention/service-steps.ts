// The whole-service retention steps every daily run applies (issue #21): expired sign-in and
// resume tokens, copies of sent emails, old export files, and audit events past their period.
import "server-only";
import { db } from "@/lib/db";
import type { TRunCounts, TServiceCutoffs } from "@/lib/retention/plan";
import { fileStorage } from "@/lib/storage/storage";
import { deleteExpiredAuditEvents } from "./audit-expiry";

export type TServiceContext = {
  cutoffs: TServiceCutoffs;
  batchSize: number;
  stopping: () => boolean;
  counts: TRunCounts;
};

async function tokens(ctx: TServiceContext): Promise<void> {
  const at = ctx.cutoffs.tokensBefore;
  const [sessions, links, resumes] = await Promise.all([
    db().session.deleteMany({ where: { expires: { lt: at } } }),
    db().verificationToken.deleteMany({ where: { expires: { lt: at } } }),
    // A used resume link is spent: it can never open the draft again. A consultation under legal
    // hold keeps even these.
    db().resumeToken.deleteMany({
      where: {
        OR: [{ expiresAt: { lt: at } }, { usedAt: { not: null } }],
        response: { consultation: { OR: [{ retention: null }, { retention: { legalHoldReason: null } }] } },
      },
    }),
  ]);
  ctx.counts.tokensDeleted += sessions.count + links.count + resumes.count;
}

async function sentEmails(ctx: TServiceContext): Promise<void> {
  for (;;) {
    if (ctx.stopping()) return;
    const count = await db().$executeRaw`
      DELETE FROM "EmailOutbox" WHERE "id" IN (
        SELECT "id" FROM "EmailOutbox" WHERE "status" IN ('SENT', 'FAILED')
           AND COALESCE("sentAt", "createdAt") < ${ctx.cutoffs.sentEmailBefore}
         LIMIT ${ctx.batchSize} FOR UPDATE SKIP LOCKED)`;
    if (count === 0) return;
    ctx.counts.sentEmailsDeleted += count;
  }
}

async function exportFiles(ctx: TServiceContext): Promise<void> {
  for (;;) {
    if (ctx.stopping()) return;
    const batch = await db().exportJob.findMany({
      where: { storageKey: { not: null }, createdAt: { lt: ctx.cutoffs.exportFileBefore } },
      select: { id: true, storageKey: true },
      take: ctx.batchSize,
    });
    if (batch.length === 0) return;
    for (const job of batch) {
      if (job.storageKey) await fileStorage().delete(job.storageKey);
      // The jobs page shows the failure line, so staff see why the file is gone.
      await db().exportJob.update({
        where: { id: job.id },
        data: {
          storageKey: null,
          status: "FAILED",
          failure: "The file was deleted under the retention schedule. Make a new export.",
        },
      });
    }
    ctx.counts.exportFilesDeleted += batch.length;
  }
}

export async function applyServiceSteps(ctx: TServiceContext): Promise<void> {
  await tokens(ctx);
  await sentEmails(ctx);
  await exportFiles(ctx);
  if (!ctx.stopping())
    ctx.counts.auditEventsDeleted += await deleteExpiredAuditEvents(
      ctx.cutoffs.auditBefore,
      ctx.batchSize,
      ctx.stopping,
    );
}
