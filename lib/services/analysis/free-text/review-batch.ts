// One page of the review queue saved at once (the form works without JavaScript): accept or
// reject suggestions, and add themes the system missed. Rejecting a suggestion and adding
// another theme to the same comment is how an officer changes it. One transaction, one audit row,
// one re-score of the remaining open suggestions using these decisions.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZReviewDecisions } from "@/lib/validation/themes";
import { codebookFor } from "./review";
import { lockCodebook, rescoreAfterReview, type TRescored } from "./assign";
import { LONG_TRANSACTION } from "./run-themes";

export type TReviewSaved = { accepted: number; rejected: number; added: number; rescored: TRescored };

export async function saveReviewDecisions(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZReviewDecisions>,
): Promise<TReviewSaved> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZReviewDecisions.parse(raw);
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  const codes = new Map(version.codes.map((c) => [c.id, c.name]));
  for (const a of input.additions) {
    if (!codes.has(a.codeId))
      throw new AppError("INVALID_INPUT", "Select a theme from the codebook.", {
        [`add-${a.answerId}`]: ["Select a theme from the codebook"],
      });
  }
  const answerIds = [...new Set(input.additions.map((a) => a.answerId))];
  const found = await db().redactedAnswer.count({
    where: { answerId: { in: answerIds }, consultationId: input.consultationId, questionKey: input.questionKey },
  });
  if (found !== answerIds.length)
    throw new AppError("NOT_FOUND", "We could not find one of those comments. Reload the review queue.");
  const decisionIds = input.decisions.map((d) => d.assignmentId);
  const at = now();
  return db().$transaction(async (tx) => {
    await lockCodebook(tx, id);
    const open = await tx.themeAssignment.count({
      where: { id: { in: decisionIds }, codebookId: id, status: "SUGGESTED" },
    });
    // Someone else decided (or a codebook edit or their review re-scored) since the page loaded:
    // nothing is saved, and the officer's choices stay on the re-shown form.
    if (open !== new Set(decisionIds).size)
      throw new AppError(
        "CONFLICT",
        "Some suggestions have changed since the page loaded. Reload the review queue and choose again.",
      );
    for (const status of ["ACCEPTED", "REJECTED"] as const) {
      const ids = input.decisions.filter((d) => d.decision === status).map((d) => d.assignmentId);
      if (ids.length)
        await tx.themeAssignment.updateMany({
          where: { id: { in: ids }, codebookId: id },
          data: { status, decidedById: staff.id, decidedAt: at },
        });
    }
    for (const a of input.additions) {
      const data = {
        assignedBy: "OFFICER" as const,
        status: "ACCEPTED" as const,
        decidedById: staff.id,
        decidedAt: at,
        versionNumber: version.number,
      };
      await tx.themeAssignment.upsert({
        where: { codebookId_answerId_codeId: { codebookId: id, answerId: a.answerId, codeId: a.codeId } },
        create: {
          codebookId: id,
          answerId: a.answerId,
          codeId: a.codeId,
          score: 0,
          confidence: 1,
          evidence: { sharedTerms: [], fromNeighbours: 0 },
          ...data,
        },
        update: data,
      });
    }
    const saved = {
      accepted: input.decisions.filter((d) => d.decision === "ACCEPTED").length,
      rejected: input.decisions.filter((d) => d.decision === "REJECTED").length,
      added: input.additions.length,
    };
    const added = input.additions.map((a) => codes.get(a.codeId)).join(", ");
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.themeReview",
      targetType: "Codebook",
      targetId: id,
      detail: `Accepted ${saved.accepted}, rejected ${saved.rejected}, added ${saved.added}${added ? ` (${added})` : ""}`,
    });
    return { ...saved, rescored: await rescoreAfterReview(tx, id) };
  }, LONG_TRANSACTION);
}
