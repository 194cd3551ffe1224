// Creating a staff account, shared by an admin's "Invite" and the command line's staff:add
// (issue #19): the account and its audit row commit together, and an address that already has
// an account is refused with the reason, even when two requests race for it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/actions";
import type { TStaffInvite } from "@/lib/validation/staff";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export function duplicateAccount(active: boolean): AppError {
  return new AppError("CONFLICT", undefined, {
    email: [
      active
        ? "There is already a staff account with this email address"
        : "This email address belongs to a deactivated account. Reactivate that account instead",
    ],
  });
}

export type TAccountAudit = { actor: AuditActor; action: AuditAction; detail: string };

/** The new account's id; CONFLICT (on `email`) when the address already has an account. */
export async function createStaffAccount(input: TStaffInvite, audit: TAccountAudit): Promise<string> {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { active: true } });
  if (existing) throw duplicateAccount(existing.active);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role },
        select: { id: true },
      });
      await recordAuditEvent(tx, { ...audit, targetType: "User", targetId: user.id });
      return user.id;
    });
  } catch (error) {
    // Two requests for the same address at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw duplicateAccount(true);
    throw error;
  }
}
