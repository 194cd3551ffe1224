// An admin invites a staff member: the account and its audit row commit together, then the
// invitation is emailed. Only invited addresses can ever sign in.
import "server-only";
import { requirePermission, ROLE_LABELS, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TStaffInvite } from "@/lib/validation/staff";
import { createStaffAccount } from "./create-staff-account";
import { invitationEmail } from "@/lib/email/templates/staff-invitation";
import { sendMail } from "@/lib/email/transport";
import { env } from "@/lib/env";

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
    const { APP_URL, COUNCIL_NAME } = env();
    const invitedBy = admin.name ?? admin.email;
    const mail = invitationEmail({
      name: input.name,
      role: input.role,
      invitedBy,
      appUrl: APP_URL,
      councilName: COUNCIL_NAME,
    });
    await sendMail({ to: input.email, ...mail });
    return { id, email: input.email, emailSent: true };
  } catch (error) {
    console.error("[staff] invitation email not sent", error);
    return { id, email: input.email, emailSent: false };
  }
}
