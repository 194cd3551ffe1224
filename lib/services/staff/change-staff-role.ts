// An admin changes someone's role. It takes effect on their next request: sessions carry no
// role, every lookup reads it from the account.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, ROLE_LABELS, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TStaffRoleChange } from "@/lib/validation/staff";
import { lockAccount } from "./account-lock";

export async function changeStaffRole(actor: StaffPrincipal | null, input: TStaffRoleChange): Promise<{ id: string }> {
  const admin = requirePermission(actor, "staff.manage");
  await db().$transaction(async (tx) => {
    const { account, assertNotLastAdmin } = await lockAccount(tx, input.userId);
    if (account.role === input.role) {
      throw new AppError("CONFLICT", undefined, {
        role: [`They are already ${ROLE_LABELS[input.role].toLowerCase()}`],
      });
    }
    if (input.role !== "ADMIN") assertNotLastAdmin("role");
    await tx.user.update({ where: { id: account.id }, data: { role: input.role } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "staff.roleChange",
      targetType: "User",
      targetId: account.id,
      detail: `${account.email}: ${ROLE_LABELS[account.role]} to ${ROLE_LABELS[input.role]}`,
    });
  });
  return { id: input.userId };
}
