// A background export runs in its own Node process (issue #10), not in the web server: its heap
// is capped (EXPORT_JOB_MAX_OLD_SPACE_MB) so its garbage is collected before RSS passes 300 MB,
// and it runs at a lower priority so respondents' requests keep the CPU. The child runs the same
// runExportJob (scripts/jobs/export-job.ts); this process holds the job's lease
// (lib/services/jobs/job-worker.ts), watches the child, and records a child that died without
// finishing as a failed job.
//
// The embedded database (PGlite behind pglite-socket) accepts several connections and queues
// their queries one at a time, transaction-aware (scripts/lib/embedded-postgres.ts allows 8), so
// the child connects to the same DATABASE_URL as the app in both modes.
import "server-only";
import { spawn } from "node:child_process";
import os from "node:os";
import { env } from "@/lib/env";
import { exportJobArgs } from "@/lib/exports/export-job-args";

/** Lower than the web server's 0, so the export yields the CPU to respondents. */
const JOB_PRIORITY = 10;

export type TSpawnOptions = {
  /** The claim's token (lib/services/jobs/job-lease.ts): the child writes only while it holds it. */
  leaseToken?: string;
  /**
   * Aborted when this instance hands the job back or has lost its lease: the child is stopped,
   * and not recorded as failed.
   */
  signal?: AbortSignal;
};

/**
 * Starts the child for a job and resolves with its exit code once it has ended (a signal counts as
 * failure); `onDied` runs when the child did not exit cleanly, unless we stopped it, to mark the job failed.
 */
export function spawnExportJob(
  jobId: string,
  onDied: (reason: string) => Promise<void>,
  options: TSpawnOptions = {},
): Promise<number> {
  // The app's root: the working directory of `npm start` and the e2e server.
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    exportJobArgs(root, jobId, env().EXPORT_JOB_MAX_OLD_SPACE_MB, options.leaseToken),
    // No env option: the child inherits this process's environment and reads its settings
    // (DATABASE_URL, DATA_DIR, ...) through lib/env.ts as the app does. The IPC channel is only
    // there to close when this process dies (even by SIGKILL): the child then stops too
    // (scripts/jobs/export-job.ts), rather than running on as an orphan.
    { cwd: root, stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  if (child.pid !== undefined) {
    try {
      os.setPriority(child.pid, JOB_PRIORITY);
    } catch (error) {
      // Not fatal: the export still runs, only at the server's priority.
      console.warn("[export] could not lower the export process's priority", jobId, error);
    }
  }
  const stop = () => child.kill("SIGTERM");
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener("abort", stop, { once: true });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code: number, reason: string | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", stop);
      const done = () => resolve(code);
      if (reason === null || options.signal?.aborted) return done();
      console.error("[export] export process ended without finishing", jobId, reason);
      onDied(reason)
        .catch((error: unknown) => console.error("[export] could not record the failed export", jobId, error))
        .finally(done);
    };
    child.once("error", (error) => finish(1, `could not start: ${error.message}`));
    child.once("exit", (code, signal) =>
      finish(code ?? 1, code === 0 ? null : signal ? `stopped by ${signal}` : `exit code ${code}`),
    );
  });
}
