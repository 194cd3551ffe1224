// Staff sessions live in the database (next-auth "database" strategy). The browser holds a
// random token; the Session table holds only its SHA-256, so a leaked table cannot be replayed.
// Expiry uses the real clock, not HYS_NOW: it measures how long someone has been away.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { sessionTimes } from "./config";

export function hashSessionToken(sessionToken: string): string {
  return createHash("sha256").update(sessionToken).digest("hex");
}

export function generateSessionToken(): string {
  return randomBytes(32).toString("hex");
}

export type LiveSession = { expires: Date; staff: StaffPrincipal };

const staffSelect = { id: true, email: true, name: true, role: true, active: true } as const;

/**
 * The session for a browser token, or null when there is none, it has been idle too long,
 * or its account is deactivated. Dead sessions are deleted; a live one moves its expiry on
 * (idle expiry), at most once per updateAge.
 */
export async function findLiveSession(sessionToken: string): Promise<LiveSession | null> {
  const hashed = hashSessionToken(sessionToken);
  const row = await db().session.findUnique({
    where: { sessionToken: hashed },
    include: { user: { select: staffSelect } },
  });
  if (!row) return null;
  const nowMs = Date.now();
  if (row.expires.getTime() <= nowMs || !row.user.active) {
    await db().session.deleteMany({ where: { sessionToken: hashed } });
    return null;
  }
  const { maxAgeSeconds, updateAgeSeconds } = sessionTimes();
  let expires = row.expires;
  if (row.expires.getTime() - maxAgeSeconds * 1000 + updateAgeSeconds * 1000 <= nowMs) {
    expires = new Date(nowMs + maxAgeSeconds * 1000);
    await db().session.updateMany({ where: { sessionToken: hashed }, data: { expires } });
  }
  const { id, email, name, role } = row.user;
  return { expires, staff: { id, email, name, role } };
}

/** Starts a session for an active account; returns the token for the browser's cookie. */
export async function createSessionFor(userId: string): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = generateSessionToken();
  const expires = new Date(Date.now() + sessionTimes().maxAgeSeconds * 1000);
  await db().session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires } });
  return { sessionToken, expires };
}

/** Ends one session. Returns the account it belonged to, if it still existed. */
export async function deleteSession(sessionToken: string): Promise<string | null> {
  const hashed = hashSessionToken(sessionToken);
  const row = await db().session.findUnique({ where: { sessionToken: hashed }, select: { userId: true } });
  await db().session.deleteMany({ where: { sessionToken: hashed } });
  return row?.userId ?? null;
}
