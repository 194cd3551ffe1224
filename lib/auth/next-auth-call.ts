// Calls next-auth's own handler in-process, without an HTTP round trip or a Next.js request
// scope (its Pages-style entry point takes a plain request and a response recorder). Used to
// start an identity-provider sign-in from our form, and by the sign-in integration tests.
import "server-only";
import NextAuth from "next-auth";
import type { AuthOptions } from "next-auth";

export type NextAuthCall = {
  method: "GET" | "POST";
  /** The path after /api/auth/, e.g. ["callback", "oidc"]. */
  action: string[];
  query?: Record<string, string>;
  /** Cookies the browser would send, by name. */
  cookies?: Record<string, string>;
  body?: Record<string, string>;
  host?: string;
};

export type NextAuthAnswer = { status: number; location: string; setCookies: string[]; body: unknown };

export async function callNextAuth(options: AuthOptions, call: NextAuthCall): Promise<NextAuthAnswer> {
  const headers: Record<string, string | string[]> = {};
  let status = 200;
  let body: unknown;
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
    send: (value: unknown) => {
      body = value;
    },
    json: (value: unknown) => {
      body = value;
    },
  };
  const req = {
    method: call.method,
    query: { ...call.query, nextauth: call.action },
    headers: { host: call.host ?? "localhost" },
    cookies: call.cookies ?? {},
    body: call.body,
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: AuthOptions) => Promise<void>)(req, res, options);
  const cookies = headers["set-cookie"] ?? [];
  return {
    status,
    location: String(headers.location ?? ""),
    setCookies: Array.isArray(cookies) ? cookies : [cookies],
    body,
  };
}

/** name → value of Set-Cookie headers (a cleared cookie maps to ""). */
export function cookieValues(setCookies: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const header of setCookies) {
    const pair = header.split(";", 1)[0];
    const at = pair.indexOf("=");
    if (at > 0) values[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return values;
}
