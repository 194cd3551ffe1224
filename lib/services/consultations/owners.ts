// A consultation's owner: the staff member answerable for it (issue #4). Only someone who can
// edit consultations and whose account is active may be made owner, so every consultation
// has an owner who can act on it; an owner later deactivated stays until someone changes it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, rolesWith, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TOwner = { id: string; name: string | null; email: string };

const ownerWhere = () => ({ active: true, role: { in: rolesWith("consultation.edit") } });
const ownerSelect = { id: true, name: true, email: true } as const;

export const ownerLabel = (owner: TOwner) => (owner.name ? `${owner.name} (${owner.email})` : owner.email);

/** The people the owner select offers, by name. */
export async function listOwnerCandidates(actor: StaffPrincipal | null): Promise<TOwner[]> {
  requirePermission(actor, "consultation.read");
  return db().user.findMany({ where: ownerWhere(), select: ownerSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

/** The chosen owner, checked inside the saving transaction so a deactivation cannot slip between. */
export async function requireEligibleOwner(tx: Pick<PrismaClient, "user">, ownerId: string): Promise<TOwner> {
  const owner = await tx.user.findFirst({ where: { id: ownerId, ...ownerWhere() }, select: ownerSelect });
  if (!owner)
    throw new AppError("INVALID_INPUT", undefined, {
      ownerId: ["Select an owner who is an active officer or administrator"],
    });
  return owner;
}
