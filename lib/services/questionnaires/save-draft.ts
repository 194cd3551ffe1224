// Saves the builder's draft (issue #5). The draft is checked for shape only; the publish rules
// run at publish. `updatedAt` is an optimistic-concurrency token: a save made from a page
// loaded before someone else's save is refused with CONFLICT rather than silently undoing it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TQuestionnaireFormat } from "@/lib/validation/questionnaire";

export type TSaveDraft = {
  consultationId: string;
  format: TQuestionnaireFormat;
  definition: TQuestionnaireDefinition;
  /** The draft's updatedAt when it was loaded, as ISO text, or "" when there was no draft yet. */
  updatedAt: string;
};

const CONFLICT_MESSAGE =
  "Someone else saved this questionnaire after you opened it. Copy any changes you need, then reload the page.";

/** Returns the new concurrency token. */
export async function saveDraft(staff: StaffPrincipal | null, input: TSaveDraft): Promise<{ updatedAt: string }> {
  requirePermission(staff, "questionnaire.edit");
  const draft = { ...input.definition, format: input.format } as Prisma.InputJsonValue;
  const client = db();
  if (input.updatedAt === "") {
    const consultation = await client.consultation.findUnique({
      where: { id: input.consultationId },
      select: { id: true },
    });
    if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
    try {
      const created = await client.questionnaire.create({
        data: { consultationId: input.consultationId, format: input.format, draft },
        select: { updatedAt: true },
      });
      return { updatedAt: created.updatedAt.toISOString() };
    } catch (error) {
      // P2002: another officer created this format's questionnaire first.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", CONFLICT_MESSAGE);
      throw error;
    }
  }
  const loadedAt = new Date(input.updatedAt);
  if (Number.isNaN(loadedAt.getTime())) throw new AppError("INVALID_INPUT");
  try {
    // One statement: the row is updated only if nobody saved since this officer loaded it.
    const saved = await client.questionnaire.update({
      where: {
        consultationId_format: { consultationId: input.consultationId, format: input.format },
        updatedAt: loadedAt,
      },
      data: { draft },
      select: { updatedAt: true },
    });
    return { updatedAt: saved.updatedAt.toISOString() };
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    throw error;
  }
}
