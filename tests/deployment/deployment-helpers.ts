// What the deployment tests share: SQL on the deployment's database, a staff member signed in
// (a session made in the database, as the sign-in link would), and asking the control server
// (instance-control.ts) to kill, stop or start an instance.
import crypto from "node:crypto";
import { inject } from "vitest";
import pg from "pg";

export const deployment = inject("deployment");

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = [], url = deployment.databaseUrl): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function staffAccount(role: "ADMIN" | "OFFICER" | "ANALYST") {
  const email = `deploy-${crypto.randomBytes(4).toString("hex")}@council.example`;
  const id = `dep${crypto.randomBytes(8).toString("hex")}`;
  await sql(`INSERT INTO "User" ("id", "email", "name", "role", "active", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, true, now(), now())`, [id, email, `Deploy ${role}`, role]);
  return { id, email };
}

/** A signed-in staff member's cookie header (the table keeps only the token's SHA-256, lib/auth/session-store.ts). */
export async function staffCookie(role: "ADMIN" | "OFFICER" | "ANALYST"): Promise<string> {
  const account = await staffAccount(role);
  const token = crypto.randomBytes(32).toString("hex");
  const hashed = crypto.createHash("sha256").update(token).digest("hex");
  await sql(`INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES ($1, $2, $3, now() + interval '1 hour')`, [`s${hashed.slice(0, 20)}`, hashed, account.id]);
  return `hys.session-token=${token}`;
}

/** Kills (SIGKILL, the whole process tree), stops (SIGTERM) or starts an instance by name. */
export async function control(action: "kill" | "stop" | "start", name: string): Promise<void> {
  const response = await fetch(`${deployment.control}/${action}/${name}`, { method: "POST" });
  if (response.status !== 204) throw new Error(`${action} ${name}: ${response.status} ${await response.text()}`);
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A response body's SHA-256 and length. */
export async function digest(response: Response): Promise<{ status: number; sha256: string; bytes: number }> {
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, sha256: crypto.createHash("sha256").update(body).digest("hex"), bytes: body.length };
}
