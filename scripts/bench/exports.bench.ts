// Issue #10 acceptance: the CSV export of 100,000 responses in 30 s or less with peak RSS under
// 300 MB. Fills a fresh PostgreSQL database with the analysis bench's generator (100,000
// responses, ~9 answer rows each, every one then marked submitted), then runs the export in a
// child process (started with the react-server condition, so "server-only" resolves) that
// writes the file to disk and reports its time and its own peak RSS.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createScriptClient } from "../lib/prisma";
import { createTestDatabase } from "../../tests/support/test-database";
import { fillAnalysisConsultation } from "./analysis-fill";

export async function run(): Promise<void> {
  const database = await createTestDatabase("bench_exports");
  try {
    const consultationId = await fillAnalysisConsultation(database.url, 100_000, "bench-exports");
    const client = createScriptClient(database.url);
    try {
      // The generator leaves 1 in 20 as drafts; an export covers submitted responses only.
      await client.$executeRawUnsafe(`UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = "startedAt" WHERE status <> 'SUBMITTED'`);
      await client.$executeRawUnsafe(`ANALYZE`);
    } finally {
      await client.$disconnect();
    }
    console.log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} on ${os.cpus().length} CPUs`);
    // The CSV runs twice: with Node's default heap sizing, which lets garbage pile up to a few
    // hundred MB before a full collection on a machine with free memory, and with the old
    // generation capped at 128 MB, which would fail if the export's live memory grew with the
    // number of responses (it does not: it streams batch by batch).
    const runs: [string, string[]][] = [["csv", []], ["csv", ["--max-old-space-size=128"]], ["xlsx", []]];
    for (const [format, flags] of runs) {
      if (flags.length) console.log(`with ${flags.join(" ")}:`);
      const result = spawnSync(process.execPath, [...flags, "--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "exports-run.ts"), consultationId, format], {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
      });
      if (result.status !== 0) throw new Error(`the ${format} export bench failed (exit ${result.status})`);
    }
    console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`);
  } finally {
    await database.drop().catch(() => undefined);
  }
}
