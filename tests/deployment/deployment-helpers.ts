// What the deployment tests share: SQL on the deployment's database, a staff member signed in
// (a session made in the database, as the sign-in link would), and asking the control server
// (instance-control.ts) to kill, stop or start an instance.
import crypto from "node:crypto";
import { inject } from "vitest";
import pg from "pg";

export const deployment = inject("deployment");

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = [], url?: string) {
  const client = new pg.Client({ connectionString: url ?? deployment.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function staffAccount(role: "ADMIN" | "OFFICER" | "ANALYST") {
  const email = `deploy-${crypto.randomBytes(4).toString("hex")}@council.example`;
  const id = `dep${crypto.randomBytes(8).toString("hex")}`;
  await sql(
    `INSERT INTO "User" ("id", "email", "name", "role", "active", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, true, now(), now())`,
    [id, email, `Deploy ${role}`, role],
  );
  return { id, email };
}

/** A signed-in staff member's cookie header (the table keeps only the token's SHA-256, lib/auth/session-store.ts). */
export async function staffCookie(role: "ADMIN" | "OFFICER" | "ANALYST"): Promise<string> {
  const account = await staffAccount(role);
  const token = crypto.randomBytes(32).toString("hex");
  const hashed = crypto.createHash("sha256").update(token).digest("hex");
  await sql(
    `INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES ($1, $2, $3, now() + interval '1 hour')`,
    [`s${hashed.slice(0, 20)}`, hashed, account.id],
  );
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
  return { status: response.status, sha256: sha256(body), bytes: body.length };
}

export const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

/** The consultation with the most submitted responses: the seed's demo consultation. */
export async function busiestConsultation(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT "consultationId" AS id FROM "Response" WHERE status = 'SUBMITTED'
     GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  return row.id;
}

type TUpload = { consultationId: string; title: string; size: number };

/** A PDF of `size` random bytes, uploaded with the officer's form through `origin`; its version id and bytes. */
export async function uploadDocument(origin: string, cookie: string, { consultationId, title, size }: TUpload) {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(size)]);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "strategy.pdf", { type: "application/pdf" }));
  for (const [k, v] of Object.entries({ title, kind: "FULL_STRATEGY", versionLabel: "Version 1" })) form.set(k, v);
  const uploaded = await fetch(`${origin}/staff/consultations/${consultationId}/documents/upload`, {
    method: "POST",
    body: form,
    headers: { cookie, origin },
    redirect: "manual",
  });
  const location = uploaded.headers.get("location") ?? "";
  if (!location.includes("done=uploaded")) {
    throw new Error(`upload refused: ${uploaded.status} ${location} ${await uploaded.text()}`);
  }
  const [version] = await sql<{ id: string }>(
    `SELECT v.id FROM "DocumentVersion" v JOIN "ConsultationDocument" d ON d.id = v."documentId"
     WHERE d."consultationId" = $1 AND d.title = $2`,
    [consultationId, title],
  );
  return { versionId: version.id, bytes };
}
