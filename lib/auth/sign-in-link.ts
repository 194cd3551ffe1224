// Sign-in links: made here, used by next-auth's email callback (/api/auth/callback/email),
// which hashes the token the same way (sha256 of token + secret) and deletes it on use.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sendMail } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { authSecret, SIGN_IN_LINK_MAX_AGE_SECONDS } from "./config";

export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

export type SignInLink = { url: string; token: string; hashedToken: string; expires: Date };

/** A fresh single-use link for `email`, landing on `callbackPath` (a /staff path) once used. */
export function makeSignInLink(email: string, callbackPath: string): SignInLink {
  const { APP_URL } = env();
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000);
  const params = new URLSearchParams({ callbackUrl: new URL(callbackPath, APP_URL).toString(), token, email });
  return { url: `${APP_URL}/api/auth/callback/email?${params}`, token, hashedToken: hashVerificationToken(token), expires };
}

export const SIGN_IN_SUBJECT = "Your sign-in link for Have Your Say";

export async function sendSignInLinkMail(email: string, url: string): Promise<void> {
  const { COUNCIL_NAME } = env();
  const minutes = SIGN_IN_LINK_MAX_AGE_SECONDS / 60;
  const text = [
    "Use this link to sign in to Have Your Say, the staff area for consultations:",
    "",
    url,
    "",
    `The link works once and stops working after ${minutes} minutes.`,
    "",
    "If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.",
    "",
    COUNCIL_NAME,
  ].join("\n");
  const html = `<p>Use this link to sign in to Have Your Say, the staff area for consultations:</p>
<p><a href="${escapeHtml(url)}">Sign in to Have Your Say</a></p>
<p>The link works once and stops working after ${minutes} minutes.</p>
<p>If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.</p>
<p>${escapeHtml(COUNCIL_NAME)}</p>`;
  await sendMail({ to: email, subject: SIGN_IN_SUBJECT, text, html });
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}
