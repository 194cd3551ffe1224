// The invitation an admin's "Invite" sends: where to sign in, and what the role allows.
import "server-only";
import { escapeHtml } from "@/lib/auth/sign-in-link";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type TRole } from "@/lib/permissions/permissions";
import { sendMail } from "@/lib/email/transport";
import { env } from "@/lib/env";

export const INVITATION_SUBJECT = "You have been invited to Have Your Say";

export async function sendInvitationMail(to: { email: string; name: string; role: TRole }, invitedBy: string): Promise<void> {
  const { APP_URL, COUNCIL_NAME } = env();
  const signIn = `${APP_URL}/sign-in`;
  const role = ROLE_LABELS[to.role].toLowerCase();
  const text = [
    `Dear ${to.name},`,
    "",
    `${invitedBy} has given you a staff account on Have Your Say, ${COUNCIL_NAME}'s consultation hub, as an ${role}.`,
    ROLE_DESCRIPTIONS[to.role],
    "",
    "To sign in, go to:",
    signIn,
    "",
    "Enter this email address and we will send you a sign-in link. There is no password.",
    "",
    COUNCIL_NAME,
  ].join("\n");
  const html = `<p>Dear ${escapeHtml(to.name)},</p>
<p>${escapeHtml(invitedBy)} has given you a staff account on Have Your Say, ${escapeHtml(COUNCIL_NAME)}'s consultation hub, as an ${role}.</p>
<p>${escapeHtml(ROLE_DESCRIPTIONS[to.role])}</p>
<p><a href="${escapeHtml(signIn)}">Sign in to Have Your Say</a>: enter this email address and we will send you a sign-in link. There is no password.</p>
<p>${escapeHtml(COUNCIL_NAME)}</p>`;
  await sendMail({ to: to.email, subject: INVITATION_SUBJECT, text, html });
}
