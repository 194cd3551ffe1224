// Follows an emailed sign-in link the way a browser would, through next-auth's own handler (its
// Pages-style entry, which needs no Next.js request scope) and its redirects.
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
  const NextAuth = (await import("next-auth")).default;
  const { authOptions } = await import("@/lib/auth/options");
  const url = new URL(link);
  const [, , , ...nextauth] = url.pathname.split("/");
  const headers: Record<string, string | string[]> = {};
  let status = 200;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader: (name: string, value: string | string[]) => {
      headers[name.toLowerCase()] = value;
      return res;
    },
    end: () => undefined,
    send: () => undefined,
    json: () => undefined,
  };
  const req = {
    method: "GET",
    query: { ...Object.fromEntries(url.searchParams), nextauth },
    headers: { host: url.host },
    cookies: {},
    body: undefined,
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions());
  const cookies = headers["set-cookie"] ?? [];
  return { status, location: String(headers.location ?? ""), cookies: Array.isArray(cookies) ? cookies : [cookies] };
}

export async function followSignInLink(link: string): Promise<LinkOutcome> {
  let outcome = await call(link);
  while (outcome.location.startsWith("http://hys.test/api/auth/")) outcome = await call(outcome.location);
  return outcome;
}

export const sessionCookieOf = (outcome: LinkOutcome) => outcome.cookies.find((c) => c.startsWith("hys.session-token="));
