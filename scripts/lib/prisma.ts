// A Prisma client for scripts and tests. The app's own client lives in lib/db.ts; this one
// exists because scripts run outside Next's server-only module graph.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export function createScriptClient(url: string, max = 1): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}
