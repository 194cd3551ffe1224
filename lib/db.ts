// The only PrismaClient (ARCHITECTURE.md "Layers"). Services import `db` from here.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { hysDb?: PrismaClient; hysPool?: pg.Pool };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which runs the embedded database.");
  }
  // Our own pool under Prisma's adapter, so file chunks can use it too (dbPool): one set of
  // connections, and the embedded database's single session is never opened twice. Idle
  // connections do not keep a script alive, and one the server closes is only logged.
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: 5000,
    allowExitOnIdle: true,
  });
  pool.on("error", (error) => console.error("[db] an idle database connection failed:", error.message));
  globalForDb.hysPool = pool;
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

/** Lazily created so that importing a module never opens a connection. */
export function db(): PrismaClient {
  globalForDb.hysDb ??= createClient();
  return globalForDb.hysDb;
}

/**
 * The pool under db(), for the one job Prisma does badly: moving file chunks as raw bytes
 * (lib/storage/postgres-storage.ts). Through Prisma each chunk is copied and re-encoded several
 * times, which more than doubled the memory a 20 MB document cost.
 */
export function dbPool(): pg.Pool {
  db();
  return globalForDb.hysPool!;
}
