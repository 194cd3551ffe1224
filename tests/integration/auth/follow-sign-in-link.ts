// Follows an emailed sign-in link the way a browser would, through next-auth's own handler
// (lib/auth/next-auth-call.ts, which needs no Next.js request scope) and its redirects.
import type { CaughtMail } from "../../support/mail-catcher";

export type LinkOutcome = { status: number; location: string; cookies: string[] };

/** The newest sign-in link mailed to `email` (the test worlds' APP_URL is http://hys.test). */
export function signInLinkFor(mail: CaughtMail[], email: string): string {
  const message = [...mail].reverse().find((m) => m.to.includes(email));
  const link = message?.text.match(/http:\/\/hys\.test\/api\/auth\/callback\/email\S+/)?.[0];
  if (!link) throw new Error(`no link for ${email}`);
  return link;
}

async function call(link: string): Promise<LinkOutcome> {
  const { authOptions } = await import("@/lib/services/auth/next-auth-options");
  const { callNextAuth } = await import("@/lib/auth/next-auth-call");
  const url = new URL(link);
  const [, , , ...action] = url.pathname.split("/");
  const answer = await callNextAuth(authOptions(), {
    method: "GET",
    action,
    query: Object.fromEntries(url.searchParams),
    host: url.host,
  });
  return { status: answer.status, location: answer.location, cookies: answer.setCookies };
}

export async function followSignInLink(link: string): Promise<LinkOutcome> {
  let outcome = await call(link);
  while (outcome.location.startsWith("http://hys.test/api/auth/")) outcome = await call(outcome.location);
  return outcome;
}

export const sessionCookieOf = (outcome: LinkOutcome) =>
  outcome.cookies.find((c) => c.startsWith("hys.session-token="));
