// npm start: migrate, seed an empty embedded database, build if needed, and serve.
// Without DATABASE_URL this process hosts the embedded PostgreSQL for the app's lifetime,
// and stops it cleanly when the app stops (Ctrl+C), so the data survives a restart.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { loadEnv, runCli } from "./lib/cli";
import { openScriptDatabase } from "./lib/database";
import { buildIfNeeded, ensureGeneratedClient } from "./lib/build";
import { applyMigrations, ROOT } from "./lib/migrations";
import { firstAdministratorHint } from "./lib/first-administrator";
import { assertPortFree } from "./lib/port";
import { runSeed } from "./lib/seeding";

const dev = process.argv.includes("--dev");

runCli(async () => {
  const env = loadEnv();
  await assertPortFree(env.PORT);
  ensureGeneratedClient();
  const database = await openScriptDatabase(env);
  let exitCode = 0;
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    if (database.embedded) {
      const outcome = await runSeed(database.url, env.HYS_NOW ? new Date(env.HYS_NOW) : new Date(), true);
      if (outcome.seeded) console.log("Seeded the empty embedded database with the demo consultations.");
    } else {
      const hint = await firstAdministratorHint(database.url);
      if (hint) console.log(hint);
    }
    if (!dev) buildIfNeeded();
    exitCode = await serve(env.PORT, database.url, database.embedded, env.WEB_CONCURRENCY);
  } finally {
    await database.stop();
    if (database.embedded) console.log("Stopped. The embedded database was shut down cleanly.");
  }
  if (exitCode !== 0) process.exitCode = exitCode;
});

function serve(port: number, url: string, embedded: boolean, concurrency: number | undefined): Promise<number> {
  // Our server in front of Next's handler: it knows the socket's address and sets the CSP.
  const server = path.join(ROOT, "scripts/serve/app-server.mjs");
  // One process renders one request at a time; with an external PostgreSQL, one per core keeps
  // pages quick when many people respond at once (issue #6). The embedded database is a single
  // session, and the dev server is one process by design.
  const processes = embedded || dev ? 1 : (concurrency ?? os.availableParallelism());
  const command = processes > 1 ? [path.join(ROOT, "scripts/serve/cluster.mjs"), server] : [server];
  const child = spawn(process.execPath, [...command, ...(dev ? ["--dev"] : []), "-p", String(port)], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      // PGlite is a single session: one connection, or transactions would interleave.
      ...(embedded ? { DATABASE_POOL_MAX: "1" } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      WEB_CONCURRENCY: String(processes),
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  console.log(
    `Have Your Say is starting on http://localhost:${port}${embedded ? " (embedded database)" : processes > 1 ? ` (${processes} app processes)` : ""}`,
  );
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(signal ? 0 : (code ?? 0))));
}
