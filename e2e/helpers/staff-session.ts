// Fast paths for staff e2e tests: make accounts and sessions straight in the e2e database
// (scripts/e2e/server.ts writes its URL to .data/e2e/database-url), and hand the browser the
// session cookie. The real emailed-link journey is tested in e2e/staff/sign-in.spec.ts.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";

const DATABASE_URL_FILE = path.resolve(import.meta.dirname, "../../.data/e2e/database-url");
/** lib/auth/config.ts: the cookie's name when the site is served over plain http. */
export const SESSION_COOKIE = "hys.session-token";

export type Role = "ADMIN" | "OFFICER" | "ANALYST";
export type StaffAccount = { id: string; email: string; name: string; role: Role };

export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A unique address, so parallel tests never read each other's mail. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@council.example`;
}

/** An invited, active account with a unique address. */
export async function createStaff(role: Role, label = role.toLowerCase()): Promise<StaffAccount> {
  const email = uniqueEmail(label);
  const name = `E2E ${role.charAt(0)}${role.slice(1).toLowerCase()} ${randomBytes(2).toString("hex")}`;
  const id = `e2e${randomBytes(10).toString("hex")}`;
  await withDatabase((c) =>
    c.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "active", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, true, now(), now())`,
      [id, email, name, role],
    ),
  );
  return { id, email, name, role };
}

/** A fresh database session for an account; returns the token a browser would hold. */
export async function createSessionToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  // The table keeps only the token's SHA-256 (lib/auth/session-store.ts).
  const hashed = createHash("sha256").update(token).digest("hex");
  await withDatabase((c) =>
    c.query(
      `INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES ($1, $2, $3, now() + interval '12 hours')`,
      [`e2e${randomBytes(10).toString("hex")}`, hashed, userId],
    ),
  );
  return token;
}

/** Signs the browser context in as `account`, skipping the emailed link. */
export async function signInAs(context: BrowserContext, account: { id: string }, baseURL: string): Promise<void> {
  const token = await createSessionToken(account.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

export async function auditEvents(
  action: string,
  targetId?: string,
): Promise<{ actorLabel: string; detail: string | null }[]> {
  return withDatabase(async (c) => {
    const { rows } = await c.query(
      `SELECT "actorLabel", "detail" FROM "AuditEvent" WHERE "action" = $1 AND ($2::text IS NULL OR "targetId" = $2) ORDER BY "createdAt"`,
      [action, targetId ?? null],
    );
    return rows;
  });
}
