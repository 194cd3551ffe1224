// Resolves the database a script works on: DATABASE_URL when set, otherwise the embedded
// PGlite under DATA_DIR (started for the duration of the script).
import path from "node:path";
import type { TEnv } from "../../lib/env";
import { checkDatabase } from "./cli";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type ScriptDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function embeddedDataDir(env: TEnv): string {
  return path.join(env.DATA_DIR, "pglite");
}

export async function openScriptDatabase(env: TEnv): Promise<ScriptDatabase> {
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(embeddedDataDir(env));
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
