// "Email me a sign-in link". Every address gets the same answer ("check your email"); only an
// active staff account gets a link, so nobody can discover who has an account.
import "server-only";
import { db } from "@/lib/db";
import { isEmailSignInOn } from "@/lib/auth/oidc-config";
import { makeSignInLink, sendSignInLinkMail } from "@/lib/auth/sign-in-link";
import { AppError } from "@/lib/errors";
import { consumeSignInLinkAttempt } from "@/lib/rate-limit/mail-request-limits";
import type { TSignInRequest } from "@/lib/validation/auth";

/**
 * Runs a task. The sign-in action passes Next's `after()`, so the email goes out after the
 * response and a known address takes no longer to answer than an unknown one.
 */
export type Deferrer = (task: () => Promise<void>) => void;

/** Without `defer` (tests, scripts) the email is sent before this resolves. */
export type SignInRequestOptions = { ip: string; defer?: Deferrer };

/**
 * Throws RATE_LIMITED when the address or IP has asked too often, and NOT_FOUND when
 * STAFF_SIGN_IN=oidc has switched links off; otherwise always resolves.
 */
export async function requestSignInLink(input: TSignInRequest, { ip, defer }: SignInRequestOptions): Promise<void> {
  if (!isEmailSignInOn())
    throw new AppError("NOT_FOUND", "Sign-in links are switched off. Sign in with your council account instead.");
  await consumeSignInLinkAttempt(input.email, ip);
  const user = await db().user.findUnique({ where: { email: input.email }, select: { active: true } });
  // Expired links are never usable; clearing them here keeps the table small without a job.
  await db().verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
  if (!user?.active) return;
  const link = makeSignInLink(input.email, input.callbackUrl);
  await db().verificationToken.create({
    data: { identifier: input.email, token: link.hashedToken, expires: link.expires },
  });
  // A failed send is logged, never shown: telling the person would reveal that the account exists.
  const send = () =>
    sendSignInLinkMail(input.email, link.url).catch((error: unknown) => {
      console.error("[auth] sign-in link not sent", error);
    });
  if (defer) defer(send);
  else await send();
}
