// The sign-in link email. The link itself is made in lib/auth/sign-in-link.ts.
import { escapeHtml, type TEmail } from "./html";

export const SIGN_IN_SUBJECT = "Your sign-in link for Have Your Say";

export function signInLinkEmail({
  url,
  minutes,
  councilName,
}: {
  url: string;
  minutes: number;
  councilName: string;
}): TEmail {
  const text = [
    "Use this link to sign in to Have Your Say, the staff area for consultations:",
    "",
    url,
    "",
    `The link works once and stops working after ${minutes} minutes.`,
    "",
    "If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.",
    "",
    councilName,
  ].join("\n");
  const html = `<p>Use this link to sign in to Have Your Say, the staff area for consultations:</p>
<p><a href="${escapeHtml(url)}">Sign in to Have Your Say</a></p>
<p>The link works once and stops working after ${minutes} minutes.</p>
<p>If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.</p>
<p>${escapeHtml(councilName)}</p>`;
  return { subject: SIGN_IN_SUBJECT, text, html };
}
