// An admin invites a staff member: the account and its audit row commit together, then the
// invitation is emailed. Only invited addresses can ever sign in.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, ROLE_LABELS, type StaffPrincipal } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import type { TStaffInvite } from "@/lib/validation/staff";
import { sendInvitationMail } from "./invitation-email";

export type InviteOutcome = { id: string; email: string; emailSent: boolean };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

function duplicate(active: boolean): AppError {
  return new AppError("CONFLICT", undefined, {
    email: [
      active
        ? "There is already a staff account with this email address"
        : "This email address belongs to a deactivated account. Reactivate that account instead",
    ],
  });
}

export async function inviteStaff(actor: StaffPrincipal | null, input: TStaffInvite): Promise<InviteOutcome> {
  const admin = requirePermission(actor, "staff.manage");
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { active: true } });
  if (existing) throw duplicate(existing.active);
  let id: string;
  try {
    id = await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role }, select: { id: true } });
      await recordAuditEvent(tx, {
        actor: admin,
        action: "staff.invite",
        targetType: "User",
        targetId: user.id,
        detail: `Invited ${input.email} as ${ROLE_LABELS[input.role].toLowerCase()}`,
      });
      return user.id;
    });
  } catch (error) {
    // Two admins inviting the same address at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw duplicate(true);
    throw error;
  }
  // Sent after commit. If the mail server is down the account still exists: the admin is
  // told, and the person can still ask for a sign-in link from the sign-in page.
  try {
    await sendInvitationMail({ email: input.email, name: input.name, role: input.role }, admin.name ?? admin.email);
    return { id, email: input.email, emailSent: true };
  } catch (error) {
    console.error("[staff] invitation email not sent", error);
    return { id, email: input.email, emailSent: false };
  }
}
