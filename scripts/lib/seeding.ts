// Seeds a database when it is empty (first start of the embedded database) or on demand.
import { seed } from "../../prisma/seed/index";
import { createScriptClient } from "./prisma";

export type SeedOutcome = { seeded: boolean; summary?: Awaited<ReturnType<typeof seed>> };

export async function runSeed(url: string, now: Date, onlyIfEmpty: boolean): Promise<SeedOutcome> {
  const client = createScriptClient(url);
  try {
    if (onlyIfEmpty) {
      const [users, consultations] = await Promise.all([client.user.count(), client.consultation.count()]);
      if (users + consultations > 0) return { seeded: false };
    }
    return { seeded: true, summary: await seed(client, now) };
  } finally {
    await client.$disconnect();
  }
}
