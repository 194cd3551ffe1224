// An admin invites a staff member: the account and its audit row commit together, then the
// invitation is emailed. Only invited addresses can ever sign in.
import "server-only";
import { requirePermission, ROLE_LABELS, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TStaffInvite } from "@/lib/validation/staff";
import { createStaffAccount } from "./create-staff-account";
import { sendInvitationMail } from "./invitation-email";

export type InviteOutcome = { id: string; email: string; emailSent: boolean };

export async function inviteStaff(actor: StaffPrincipal | null, input: TStaffInvite): Promise<InviteOutcome> {
  const admin = requirePermission(actor, "staff.manage");
  const id = await createStaffAccount(input, {
    actor: admin,
    action: "staff.invite",
    detail: `Invited ${input.email} as ${ROLE_LABELS[input.role].toLowerCase()}`,
  });
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
