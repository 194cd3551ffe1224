// Foundation figures: write and read latency on the embedded PGlite and on PostgreSQL,
// through the same Prisma client the app uses.
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations";
import { createScriptClient } from "../lib/prisma";
import { runSeed } from "../lib/seeding";
import { createTestDatabase } from "../../tests/support/test-database";
import { report, timeEach } from "./stats";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

async function measure(label: string, url: string) {
  await applyMigrations(url);
  await runSeed(url, new Date(), true);
  const client = createScriptClient(url);
  try {
    const inserts = await timeEach(500, (i) =>
      client.auditEvent.create({ data: { actorLabel: "bench", action: "bench.insert", detail: `row ${i}` } }),
    );
    report(`${label}: insert one row`, inserts);
    const hub = await timeEach(200, () =>
      client.consultation.findMany({ where: { stage: { in: [...PUBLIC_STAGES] } }, orderBy: { closesAt: "asc" } }),
    );
    report(`${label}: hub listing query`, hub);
  } finally {
    await client.$disconnect();
  }
}

export async function run(): Promise<void> {
  const embedded = await startEmbeddedPostgres(null);
  try {
    await measure("embedded PGlite", embedded.url);
  } finally {
    await embedded.stop();
  }
  const pg = await createTestDatabase("bench");
  try {
    await measure("PostgreSQL 127.0.0.1", pg.url);
  } finally {
    await pg.drop();
  }
}
