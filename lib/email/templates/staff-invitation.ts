// The invitation an admin's "Invite" sends: where to sign in, and what the role allows.
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type TRole } from "@/lib/permissions/permissions";
import { escapeHtml, type TEmail } from "./html";

export const INVITATION_SUBJECT = "You have been invited to Have Your Say";

export type TInvitationInput = { name: string; role: TRole; invitedBy: string; appUrl: string; councilName: string };

export function invitationEmail({ name, role: roleKey, invitedBy, appUrl, councilName }: TInvitationInput): TEmail {
  const signIn = `${appUrl}/sign-in`;
  const role = ROLE_LABELS[roleKey].toLowerCase();
  const text = [
    `Dear ${name},`,
    "",
    `${invitedBy} has given you a staff account on Have Your Say, ${councilName}'s consultation hub, as an ${role}.`,
    ROLE_DESCRIPTIONS[roleKey],
    "",
    "To sign in, go to:",
    signIn,
    "",
    "Enter this email address and we will send you a sign-in link. There is no password.",
    "",
    councilName,
  ].join("\n");
  const html = `<p>Dear ${escapeHtml(name)},</p>
<p>${escapeHtml(invitedBy)} has given you a staff account on Have Your Say, ${escapeHtml(councilName)}'s consultation hub, as an ${role}.</p>
<p>${escapeHtml(ROLE_DESCRIPTIONS[roleKey])}</p>
<p><a href="${escapeHtml(signIn)}">Sign in to Have Your Say</a>: enter this email address and we will send you a sign-in link. There is no password.</p>
<p>${escapeHtml(councilName)}</p>`;
  return { subject: INVITATION_SUBJECT, text, html };
}
