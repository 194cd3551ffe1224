// The production app for load and fault runs: a fresh, seeded PostgreSQL database and
// the app's server (under scripts/serve/cluster.mjs, as npm start serves) as a child process that
// the caller can kill and start again on the same port.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { buildIfNeeded, ensureGeneratedClient } from "../lib/build";
import { ROOT } from "../lib/migrations";
import { runSeed } from "../lib/seeding";

/** A fresh migrated and seeded database, and a production build of the current sources. */
export async function prepare(label: string): Promise<TestDatabase> {
  ensureGeneratedClient();
  const database = await createTestDatabase(label);
  try {
    await runSeed(database.url, new Date(), false);
    buildIfNeeded();
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return database;
}

export type AppProcess = { child: ChildProcess; origin: string; log: string[] };

/** Starts the app server on 127.0.0.1:port and waits until it answers. */
export async function startApp(port: number, env: Record<string, string>): Promise<AppProcess> {
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "scripts/serve/cluster.mjs"),
      path.join(ROOT, "scripts/serve/app-server.mjs"),
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      // As `npm start` serves with an external PostgreSQL: one app process per core (scripts/start.ts).
      env: {
        ...process.env,
        APP_URL: origin,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? String(os.availableParallelism()),
        ...env,
      },
    },
  );
  // Kept, not printed: the fault test makes the app log many expected database errors.
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 2000) log.splice(0, log.length - 2000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      const response = await fetch(`${origin}/`, { redirect: "manual" });
      await response.body?.cancel();
      if (response.status < 500) return { child, origin, log };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`The app server did not answer on ${origin} within 120 s`);
}

/** Stops the app: SIGTERM (or the given signal) and waits for the process to exit. */
export async function stopApp(app: AppProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((r) => app.child.once("exit", r));
  app.child.kill(signal);
  await exited;
}

/**
 * Settings for instances behind one proxy at `origin` (docs/deploy.md): what they all share
 * (database, secret, Redis keys, trusted proxy), and each one's own name and DATA_DIR.
 */
export function instanceSettings(label: string, databaseUrl: string, origin: string) {
  const dirs: string[] = [];
  const shared = {
    DATABASE_URL: databaseUrl,
    APP_URL: origin,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    REDIS_URL: "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: `hys-${label}-${crypto.randomBytes(4).toString("hex")}:`,
    TRUSTED_PROXIES: "127.0.0.1",
    RESPONDENT_RATE_LIMIT_FACTOR: "10000",
    WEB_CONCURRENCY: "1",
  };
  return {
    of(name: string): Record<string, string> {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hys-${label}-${name}-`));
      dirs.push(dir);
      return { ...shared, HYS_INSTANCE_NAME: name, DATA_DIR: dir };
    },
    removeDataDirs() {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first free port from `from` up to `to`. */
export async function freePort(from: number, to: number): Promise<number> {
  const net = await import("node:net");
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}`);
}
