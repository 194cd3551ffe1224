// The officer's review decisions: one decision, bulk-accepting a code's suggestions, and adding a
// code the system missed. Every decision re-scores the remaining open suggestions in the same
// transaction, once per save however many items it decided (see assign.ts).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { HIGH_CONFIDENCE, ZAddAssignment, ZBulkAccept, ZReviewDecision } from "@/lib/validation/themes";
import { lockCodebook, rescoreAfterReview, type TRescored } from "./assign";
import { codebookFor } from "./review";
import { LONG_TRANSACTION } from "./run-themes";

const CHANGED = "That suggestion has changed since the page loaded. Reload the review queue.";

export async function decideAssignment(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZReviewDecision>,
): Promise<{ id: string; rescored: TRescored }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZReviewDecision.parse(raw);
  const found = await db().themeAssignment.findUnique({
    where: { id: input.assignmentId },
    select: { codebookId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", CHANGED);
  return db().$transaction(async (tx) => {
    await lockCodebook(tx, found.codebookId);
    // Read again under the lock: a re-score meanwhile replaces open suggestions with new rows.
    const row = await tx.themeAssignment.findUnique({ where: { id: input.assignmentId } });
    if (!row) throw new AppError("NOT_FOUND", CHANGED);
    await tx.themeAssignment.update({
      where: { id: row.id },
      data: { status: input.decision, decidedById: staff.id, decidedAt: now() },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.themeReview",
      targetType: "ThemeAssignment",
      targetId: row.id,
      detail: `${input.decision === "ACCEPTED" ? "Accepted" : "Rejected"} ${row.codeId}`,
    });
    return { id: row.id, rescored: await rescoreAfterReview(tx, row.codebookId) };
  }, LONG_TRANSACTION);
}

export async function bulkAccept(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZBulkAccept>,
): Promise<{ accepted: number; rescored: TRescored }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZBulkAccept.parse(raw);
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  const code = version.codes.find((c) => c.id === input.codeId);
  if (!code)
    throw new AppError("INVALID_INPUT", "Select a theme from the codebook.", {
      codeId: ["Select a theme from the codebook"],
    });
  return db().$transaction(async (tx) => {
    await lockCodebook(tx, id);
    const high = input.confidence === "high";
    const { count } = await tx.themeAssignment.updateMany({
      where: {
        codebookId: id,
        codeId: code.id,
        status: "SUGGESTED",
        ...(high && { confidence: { gte: HIGH_CONFIDENCE } }),
      },
      data: { status: "ACCEPTED", decidedById: staff.id, decidedAt: now() },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.themeReview",
      targetType: "Codebook",
      targetId: id,
      detail: `Accepted ${high ? "the high-confidence" : "all"} ${count} suggestions for "${code.name}"`,
    });
    // One re-score for the whole batch, not one per accepted suggestion.
    return { accepted: count, rescored: await rescoreAfterReview(tx, id) };
  }, LONG_TRANSACTION);
}

/** An officer codes an answer the system missed: accepted at once, kept through every re-score. */
export async function addAssignment(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZAddAssignment>,
): Promise<{ id: string; rescored: TRescored }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZAddAssignment.parse(raw);
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  if (!version.codes.some((c) => c.id === input.codeId))
    throw new AppError("INVALID_INPUT", "Select a theme from the codebook.", {
      codeId: ["Select a theme from the codebook"],
    });
  const answer = await db().redactedAnswer.findUnique({ where: { answerId: input.answerId } });
  if (!answer || answer.consultationId !== input.consultationId || answer.questionKey !== input.questionKey)
    throw new AppError("NOT_FOUND", "We could not find that answer.");
  return db().$transaction(async (tx) => {
    await lockCodebook(tx, id);
    const data = {
      assignedBy: "OFFICER" as const,
      status: "ACCEPTED" as const,
      decidedById: staff.id,
      decidedAt: now(),
      versionNumber: version.number,
    };
    const row = await tx.themeAssignment.upsert({
      where: { codebookId_answerId_codeId: { codebookId: id, answerId: input.answerId, codeId: input.codeId } },
      create: {
        codebookId: id,
        answerId: input.answerId,
        codeId: input.codeId,
        score: 0,
        confidence: 1,
        evidence: { sharedTerms: [] },
        ...data,
      },
      update: data,
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.themeReview",
      targetType: "ThemeAssignment",
      targetId: row.id,
      detail: `Added ${input.codeId} by hand`,
    });
    return { id: row.id, rescored: await rescoreAfterReview(tx, id) };
  }, LONG_TRANSACTION);
}
