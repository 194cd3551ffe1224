// How a background export's process is started (issue #10): shared by the app's job runner
// (lib/services/exports/export-job-process.ts) and the exports bench, so the bench measures
// exactly what production runs.
import path from "node:path";

/** The entry script, relative to the app's root. */
export const EXPORT_JOB_SCRIPT = path.join("scripts", "jobs", "export-job.ts");

/**
 * Node arguments for job `jobId`: the old generation capped so V8 collects garbage before RSS
 * grows (it otherwise lets a streaming export's garbage reach 400 MB), the react-server
 * condition so "server-only" modules load, and tsx to run the TypeScript entry script. With a
 * lease token (lib/services/jobs/job-lease.ts), the job writes only while that claim is its own.
 */
export function exportJobArgs(root: string, jobId: string, maxOldSpaceMb: number, leaseToken?: string): string[] {
  const script = path.join(root, EXPORT_JOB_SCRIPT);
  const heap = `--max-old-space-size=${maxOldSpaceMb}`;
  return [heap, "--conditions=react-server", "--import", "tsx", script, jobId, ...(leaseToken ? [leaseToken] : [])];
}
