// The process a background export runs in (lib/services/exports/export-job-process.ts starts it
// with a capped heap): builds job <jobId>'s file with the app's own runExportJob, which records
// success or failure on the job, then exits. Usage: node --conditions=react-server --import tsx
// scripts/jobs/export-job.ts <jobId>
import { db } from "@/lib/db";
import { runExportJob } from "@/lib/services/exports/export-jobs";

async function main() {
  const jobId = process.argv[2];
  if (!jobId) throw new Error("Usage: export-job.ts <jobId>");
  await runExportJob(jobId);
  await db().$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("[export] export process failed", error);
    process.exit(1);
  },
);
