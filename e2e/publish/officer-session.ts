// Signs the browser in as a seeded staff member by writing a session row to the e2e database
// (scripts/e2e/server.ts writes its URL to .data/e2e/database-url), skipping the emailed link.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";

const DATABASE_URL_FILE = path.resolve(import.meta.dirname, "../../.data/e2e/database-url");
const SESSION_COOKIE = "hys.session-token";

export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function signInAsSeeded(context: BrowserContext, email: string, baseURL: string): Promise<void> {
  const [user] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(token).digest("hex");
  await query(
    `INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES ($1, $2, $3, now() + interval '12 hours')`,
    [`e2e${randomBytes(10).toString("hex")}`, hashed, user.id],
  );
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** The questionnaire builder is another issue's; a published version is inserted directly. */
export async function publishQuestionnaireFor(consultationId: string): Promise<void> {
  const id = `e2eq${randomBytes(8).toString("hex")}`;
  await query(
    `INSERT INTO "Questionnaire" ("id", "consultationId", "format", "draft", "createdAt", "updatedAt") VALUES ($1, $2, 'STANDARD', '{}', now(), now())`,
    [id, consultationId],
  );
  await query(
    `INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "number", "definition", "publishedAt") VALUES ($1, $2, 1, '{}', now())`,
    [`${id}v1`, id],
  );
}
