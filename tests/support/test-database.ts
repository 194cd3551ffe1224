// Fresh, uniquely named databases on the test PostgreSQL server, migrated with our own tooling.
import crypto from "node:crypto";
import pg from "pg";
import { env } from "@/lib/env";
import { applyMigrations } from "../../scripts/lib/migrations";

export const ADMIN_URL = env().TEST_DATABASE_ADMIN_URL;

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; `migrate` (default true) applies every committed migration. */
export async function createTestDatabase(label: string, migrate = true): Promise<TestDatabase> {
  const name = `hys_${label}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  if (migrate) await applyMigrations(url);
  return {
    name,
    url,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
