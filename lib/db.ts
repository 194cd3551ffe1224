// The only PrismaClient (ARCHITECTURE.md "Layers"). Services import `db` from here.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { hysDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which runs the embedded database.");
  }
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
}

/** Lazily created so that importing a module never opens a connection. */
export function db(): PrismaClient {
  globalForDb.hysDb ??= createClient();
  return globalForDb.hysDb;
}
