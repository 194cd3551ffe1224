// Runs the outbox in the app process: started once from instrumentation.ts, ticking every few
// seconds, and nudged right after a submission so a receipt usually arrives at once. All state
// is in the EmailOutbox table, so a restart loses nothing and several instances can run it.
import "server-only";
import { deliverPendingEmails, stopClaimingEmails } from "./deliver-pending";

const TICK_MS = 5_000;

type WorkerState = { timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean };
// On globalThis so development reloads do not start a second timer.
const holder = globalThis as unknown as { hysEmailWorker?: WorkerState };
const state = (holder.hysEmailWorker ??= {});

async function drain(): Promise<void> {
  do {
    state.again = false;
    try {
      const { sent } = await deliverPendingEmails();
      // A full batch may mean more are waiting.
      if (sent >= 20) state.again = true;
    } catch (error) {
      console.error("[email-outbox] delivery failed", error);
    }
  } while (state.again);
}

/** Sends due emails now, or as soon as the run in progress finishes. */
export function kickEmailOutbox(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = drain().finally(() => {
    state.running = undefined;
  });
  return state.running;
}

export function startEmailOutboxWorker(): void {
  if (state.timer) return;
  state.timer = setInterval(() => void kickEmailOutbox(), TICK_MS);
  state.timer.unref();
  void kickEmailOutbox();
}

export function stopEmailOutboxWorker(): void {
  clearInterval(state.timer);
  state.timer = undefined;
}

/**
 * On SIGTERM (scripts/serve/app-server.mjs): claim nothing more, finish the message being sent,
 * and hand the rest of the batch back so another instance sends them now.
 */
export async function drainEmailOutboxWorker(): Promise<void> {
  stopEmailOutboxWorker();
  stopClaimingEmails();
  await state.running;
}
