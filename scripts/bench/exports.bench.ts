// Issue #10 acceptance: the CSV export of 100,000 responses in 30 s or less with peak RSS under
// 300 MB. Fills a fresh PostgreSQL database with the analysis bench's generator (100,000
// responses, ~9 answer rows each, every one then marked submitted), then runs the CSV export the
// way the app runs it: a background export job in its own process with the capped heap
// (exportJobArgs, the default EXPORT_JOB_MAX_OLD_SPACE_MB), which reports its time and its own
// peak RSS. The XLSX runs directly (exports-run.ts) for comparison.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { exportJobArgs } from "@/lib/exports/export-job-args";
import { createScriptClient } from "../lib/prisma";
import { ROOT } from "../lib/migrations";
import { createTestDatabase } from "../../tests/support/test-database";
import { fillAnalysisConsultation } from "./analysis-fill";

export async function run(): Promise<void> {
  const database = await createTestDatabase("bench_exports");
  try {
    const consultationId = await fillAnalysisConsultation(database.url, 100_000, "bench-exports");
    const client = createScriptClient(database.url);
    let jobId: string;
    try {
      // The generator leaves 1 in 20 as drafts; an export covers submitted responses only.
      await client.$executeRawUnsafe(
        `UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = "startedAt" WHERE status <> 'SUBMITTED'`,
      );
      await client.$executeRawUnsafe(`ANALYZE`);
      const analyst = await client.user.create({
        data: { email: "bench-exports@council.example", name: "Bench analyst", role: "ANALYST" },
      });
      const job = await client.exportJob.create({
        data: {
          consultationId,
          format: "csv",
          freeText: true,
          originalText: false,
          personalData: false,
          total: 100_000,
          fileName: "bench.csv",
          createdById: analyst.id,
          createdAt: new Date(),
        },
      });
      jobId = job.id;
    } finally {
      await client.$disconnect();
    }
    console.log(
      `load average (1, 5, 15 min): ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")} on ${os.cpus().length} CPUs`,
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-bench-exports-"));
    try {
      const maxOldSpaceMb = parseEnv({}).EXPORT_JOB_MAX_OLD_SPACE_MB;
      console.log(
        `CSV as a background export job (--max-old-space-size=${maxOldSpaceMb}, target <= 30 s, peak RSS < 300 MB):`,
      );
      const started = performance.now();
      const job = spawnSync(process.execPath, exportJobArgs(ROOT, jobId, maxOldSpaceMb), {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: dataDir, NODE_ENV: "production" },
      });
      if (job.status !== 0) throw new Error(`the CSV export job failed (exit ${job.status})`);
      console.log(
        `  the job's process, from start (tsx, the app's modules) to exit: ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    const result = spawnSync(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join(import.meta.dirname, "exports-run.ts"),
        consultationId,
        "xlsx",
      ],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
      },
    );
    if (result.status !== 0) throw new Error(`the xlsx export bench failed (exit ${result.status})`);
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}`,
    );
  } finally {
    await database.drop().catch(() => undefined);
  }
}
