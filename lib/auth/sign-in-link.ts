// Sign-in links: made here, used by next-auth's email callback (/api/auth/callback/email),
// which hashes the token the same way (sha256 of token + secret) and deletes it on use.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
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
  return {
    url: `${APP_URL}/api/auth/callback/email?${params}`,
    token,
    hashedToken: hashVerificationToken(token),
    expires,
  };
}

export { SIGN_IN_SUBJECT } from "@/lib/email/templates/sign-in-link";

export async function sendSignInLinkMail(email: string, url: string): Promise<void> {
  const mail = signInLinkEmail({ url, minutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60, councilName: env().COUNCIL_NAME });
  await sendMail({ to: email, ...mail });
}
