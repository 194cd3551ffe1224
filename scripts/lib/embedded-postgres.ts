// The embedded PostgreSQL: PGlite persisted under DATA_DIR, served over the Postgres wire
// protocol on a free local port, so a newcomer needs nothing but Node (ARCHITECTURE.md).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { UserFacingError } from "./cli";
import { lockDataDir, lockHolder } from "./data-dir-lock";

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

/** Where a running app leaves its embedded database's address, so commands can join it. */
const urlFileOf = (dataDir: string) => `${path.resolve(dataDir)}.url`;

/**
 * The embedded database another process (a running `npm start`) holds in `dataDir`: its pid,
 * and its address once it serves it. Only one process may open the folder, so a command such
 * as staff:add connects through that process's socket instead. Null when no one holds it.
 */
export function runningEmbedded(dataDir: string): { pid: number; url: string | null } | null {
  const pid = lockHolder(path.resolve(dataDir));
  if (pid === null || pid === process.pid) return null;
  try {
    return { pid, url: fs.readFileSync(urlFileOf(dataDir), "utf8").trim() || null };
  } catch {
    return { pid, url: null };
  }
}

/**
 * Starts PGlite in `dataDir` (or in memory when null) and serves it on 127.0.0.1.
 * PGlite is one session. The socket server queues queries and, while one connection is in a
 * transaction, serves only that connection, so a few connections are safe; we still give the app
 * a pool of one, and allow a handful so a step's closing connection never blocks the next step's.
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  let db: PGlite;
  let unlock = () => undefined as void;
  try {
    if (dataDir) unlock = lockDataDir(path.resolve(dataDir));
    db = dataDir ? await PGlite.create(path.resolve(dataDir)) : await PGlite.create();
  } catch (error) {
    unlock();
    throw new UserFacingError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}). ` +
        "Is another copy of the app running? Stop it, or set DATA_DIR to another folder.",
    );
  }
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 8 });
  await server.start();
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  const actualPort = address.port;
  const url = `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`;
  if (dataDir) fs.writeFileSync(urlFileOf(dataDir), url);
  let stopped = false;
  return {
    port: actualPort,
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (dataDir) fs.rmSync(urlFileOf(dataDir), { force: true });
      unlock();
    },
  };
}
