// The process a background export runs in (lib/services/exports/export-job-process.ts starts it
// with a capped heap): builds job <jobId>'s file with the app's own runExportJob, which records
// success or failure on the job, then exits. Usage: node --conditions=react-server --import tsx
// scripts/jobs/export-job.ts <jobId> [leaseToken]. With a lease token it writes only while that
// claim is the job's (lib/services/jobs/job-lease.ts); started by the app, it stops when the app
// process dies, whatever killed it, since its instance no longer renews the lease.
import { db } from "@/lib/db";
import { runExportJob } from "@/lib/services/exports/export-jobs";
import { runCli } from "../lib/cli";

async function main() {
  const jobId = process.argv[2];
  if (!jobId) throw new Error("Usage: export-job.ts <jobId> [leaseToken]");
  // The channel to the app process closes when it exits: another instance will take the job over.
  const orphaned = () => process.exit(1);
  if (process.connected) process.once("disconnect", orphaned);
  const started = performance.now();
  await runExportJob(jobId, process.argv[3]);
  const job = await db().exportJob.findUnique({
    where: { id: jobId },
    select: { status: true, processed: true, sizeBytes: true },
  });
  // For the server log (and the exports bench): what the job did and this process's peak memory (maxRSS is in KB).
  console.log(
    `[export] job ${jobId}: ${job?.status ?? "missing"}, ${job?.processed ?? 0} responses, ${((job?.sizeBytes ?? 0) / 1_048_576).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  await db().$disconnect();
  process.off("disconnect", orphaned);
  // An open channel would keep this process alive.
  if (process.connected) process.disconnect();
}

runCli(main);
