// Deactivating an account ends its sessions at once (rows deleted here, and every session
// lookup checks `active`); reactivating lets the person ask for a sign-in link again.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import type { TStaffAccount } from "@/lib/validation/staff";
import { lockAccount } from "./account-lock";

export async function deactivateStaff(
  actor: StaffPrincipal | null,
  input: TStaffAccount,
): Promise<{ id: string; sessionsEnded: number }> {
  const admin = requirePermission(actor, "staff.manage");
  return db().$transaction(async (tx) => {
    const { account, assertNotLastAdmin } = await lockAccount(tx, input.userId);
    if (!account.active) throw new AppError("CONFLICT", "This account is already deactivated.");
    assertNotLastAdmin();
    const sessionsEnded = await deactivateLockedAccount(tx, account, { actor: admin, action: "staff.deactivate" });
    return { id: account.id, sessionsEnded };
  });
}

/**
 * Deactivates an account the caller has locked (lockAccount) and checked against the
 * last-admin rule, ends its sessions and writes one audit event. Also used when the identity
 * provider's role claim no longer maps to a role (oidc-admission.ts).
 */
export async function deactivateLockedAccount(
  tx: Prisma.TransactionClient,
  account: { id: string; email: string },
  audit: { actor: AuditActor; action: "staff.deactivate" | "staff.deactivateFromClaim"; because?: string },
): Promise<number> {
  await tx.user.update({ where: { id: account.id }, data: { active: false } });
  const ended = await tx.session.deleteMany({ where: { userId: account.id } });
  await recordAuditEvent(tx, {
    actor: audit.actor,
    action: audit.action,
    targetType: "User",
    targetId: account.id,
    detail: `Deactivated ${account.email}${audit.because ? `: ${audit.because}` : ""}; ended ${ended.count} session${ended.count === 1 ? "" : "s"}`,
  });
  return ended.count;
}

export async function reactivateStaff(actor: StaffPrincipal | null, input: TStaffAccount): Promise<{ id: string }> {
  const admin = requirePermission(actor, "staff.manage");
  return db().$transaction(async (tx) => {
    const { account } = await lockAccount(tx, input.userId);
    if (account.active) throw new AppError("CONFLICT", "This account is already active.");
    await tx.user.update({ where: { id: account.id }, data: { active: true } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "staff.reactivate",
      targetType: "User",
      targetId: account.id,
      detail: `Reactivated ${account.email}`,
    });
    return { id: account.id };
  });
}
