// The embedded PostgreSQL: PGlite persisted under DATA_DIR, served over the Postgres wire
// protocol on a free local port, so a newcomer needs nothing but Node (ARCHITECTURE.md).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { UserFacingError } from "./cli";
import { lockDataDir } from "./data-dir-lock";

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

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
  let stopped = false;
  return {
    port: actualPort,
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
