// Settings shared by next-auth, our session lookup, the sign-in link service and proxy.ts,
// so the cookie they read and write and the lifetimes they enforce always agree.
import { createHash } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";

/** Sign-in links work once, for 30 minutes. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 30 * 60;

/** The secret next-auth hashes verification tokens and CSRF tokens with. */
export function authSecret(): string {
  const { NEXTAUTH_SECRET, DATA_DIR } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  // lib/env.ts refuses a deployed production site without NEXTAUTH_SECRET. Locally a value
  // derived from the data folder is stable across restarts, so links survive a restart.
  return createHash("sha256")
    .update(`have-your-say-development:${path.resolve(DATA_DIR)}`)
    .digest("hex");
}

export type SessionTimes = { maxAgeSeconds: number; updateAgeSeconds: number };

/**
 * Idle expiry: a session lives SESSION_IDLE_HOURS after its last use. Its expiry moves
 * forward at most every updateAge, so one request in a burst writes to the database.
 */
export function sessionTimes(): SessionTimes {
  const maxAgeSeconds = Math.round(env().SESSION_IDLE_HOURS * 3600);
  return { maxAgeSeconds, updateAgeSeconds: Math.min(15 * 60, Math.floor(maxAgeSeconds / 4)) };
}

/** Cookies are Secure whenever the site is served over https (production); never over plain http (local, e2e). */
export function usesSecureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

export type SessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

export function sessionCookie(): SessionCookie {
  const secure = usesSecureCookies();
  return {
    // The __Secure- prefix makes browsers refuse the cookie unless it came over https.
    name: secure ? "__Secure-hys.session-token" : "hys.session-token",
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}
