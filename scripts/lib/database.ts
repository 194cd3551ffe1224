// Resolves the database a script works on: DATABASE_URL when set, otherwise the embedded
// PGlite under DATA_DIR (started for the duration of the script).
import path from "node:path";
import type { TEnv } from "../../lib/env";
import { checkDatabase, UserFacingError } from "./cli";
import { runningEmbedded, startEmbeddedPostgres } from "./embedded-postgres";

export type ScriptDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function embeddedDataDir(env: TEnv): string {
  return path.join(env.DATA_DIR, "pglite");
}

/**
 * `joinRunning`: when the app is running on the embedded database, use it through the app's
 * own socket (PGlite allows one process per folder) rather than refusing.
 */
export async function openScriptDatabase(env: TEnv, options: { joinRunning?: boolean } = {}): Promise<ScriptDatabase> {
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const running = options.joinRunning ? runningEmbedded(embeddedDataDir(env)) : null;
  if (running && !running.url) {
    throw new UserFacingError(
      `Process ${running.pid} has the embedded database in ${embeddedDataDir(env)} open and is not serving it yet. Try again once the app has started.`,
    );
  }
  if (running?.url) {
    await checkDatabase(running.url);
    return { url: running.url, embedded: true, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(embeddedDataDir(env));
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
