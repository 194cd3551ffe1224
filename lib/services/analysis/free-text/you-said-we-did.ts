// "You said, we did" (issue #9 part 4): per theme, what people said, the council's response and
// what changed. Officers write them; the public outcome page shows them once the outcome is published.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZYouSaidWeDid } from "@/lib/validation/themes";

export type TYouSaidWeDidEntry = {
  id: string;
  codeId: string | null;
  theme: string;
  youSaid: string;
  weDid: string;
  changed: string;
};

const SELECT = { id: true, codeId: true, theme: true, youSaid: true, weDid: true, changed: true } as const;

export async function saveYouSaidWeDid(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZYouSaidWeDid>,
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "outcome.edit");
  const { entryId, consultationId, ...data } = ZYouSaidWeDid.parse(raw);
  const c = await db().consultation.findUnique({ where: { id: consultationId }, select: { id: true } });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const at = now();
  return db().$transaction(async (tx) => {
    let id: string;
    if (entryId) {
      const changed = await tx.youSaidWeDid.updateMany({
        where: { id: entryId, consultationId },
        data: { ...data, codeId: data.codeId ?? null, updatedAt: at },
      });
      if (changed.count === 0) throw new AppError("NOT_FOUND", "We could not find that entry.");
      id = entryId;
    } else {
      id = (await tx.youSaidWeDid.create({ data: { consultationId, ...data, createdAt: at, updatedAt: at } })).id;
    }
    await recordAuditEvent(tx, {
      actor: staff,
      action: "outcome.youSaidWeDid",
      targetType: "Consultation",
      targetId: consultationId,
      detail: `${entryId ? "Edited" : "Added"} "${data.theme}"`,
    });
    return { id };
  });
}

export async function listYouSaidWeDid(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TYouSaidWeDidEntry[]> {
  requirePermission(actor, "analysis.read");
  return db().youSaidWeDid.findMany({
    where: { consultationId },
    select: SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** For the public outcome page: entries of a consultation whose outcome is published, else none. */
export async function publicYouSaidWeDid(slug: string): Promise<TYouSaidWeDidEntry[]> {
  return db().youSaidWeDid.findMany({
    where: { consultation: { slug, stage: "OUTCOME_PUBLISHED", outcomePublishedAt: { not: null } } },
    select: SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
