// A nudge to this instance's job worker when a job has just been recorded, so the instance that
// took the request usually claims it at once rather than at its next tick. The worker registers
// itself here when it starts (instrumentation.ts); where none runs (scripts, tests), a nudge does
// nothing and the job waits for an instance that runs one.
import "server-only";

const holder = globalThis as unknown as { hysKickJobWorker?: () => void };

export function setJobWorkerKick(kick: (() => void) | undefined): void {
  holder.hysKickJobWorker = kick;
}

export function kickJobWorker(): void {
  holder.hysKickJobWorker?.();
}
