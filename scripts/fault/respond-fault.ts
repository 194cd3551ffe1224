// npm run test:fault — issue #6 fault test. 200 respondents answer and send the seeded open
// consultation over HTTP (no JavaScript) while, mid-run, every database connection is cut and
// refused for 2 s (twice), and the app process is SIGKILLed and started again on the same port.
// Respondents whose request fails press the button again (the same step), a bounded number of
// times. Then the database is checked: see outcome-checks.ts. Exits 1 if a promise is broken.
import { freePort, prepare, startApp, stopApp, type AppProcess } from "../load/app-server";
import { runJourney, SLUG, type JourneyOutcome, type StepKind } from "../load/respond-journey";
import { startDbProxy, type DbProxy } from "./db-proxy";
import { checkOutcomes, existingResponseIds } from "./outcome-checks";

const RESPONDENTS = 200;
const REFUSE_MS = 2_000;
// Enough presses of the button to outlast a restart of `next start` on a busy 2-core machine.
const JOURNEY = { retries: 12, retryDelayMs: (attempt: number) => Math.min(500 * (attempt + 1), 4_000) };

const log = (line: string) => console.log(`[fault ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The faults, each fired once when the run has got this far. */
function faultPlan(proxy: DbProxy, restart: () => Promise<void>) {
  const seen: Record<StepKind, number> = { open: 0, start: 0, save: 0, submit: 0 };
  const faults = [
    { when: () => seen.save >= 300, name: "drop database connections", fire: async () => log(`dropped ${proxy.drop(REFUSE_MS)} database connections; refusing new ones for ${REFUSE_MS} ms`) },
    { when: () => seen.submit >= 40, name: "kill and restart the app", fire: restart },
    { when: () => seen.submit >= 120, name: "drop database connections again", fire: async () => log(`dropped ${proxy.drop(REFUSE_MS)} database connections during submits`) },
  ];
  const fired = new Set<string>();
  return {
    onStep: (kind: StepKind) => {
      seen[kind]++;
    },
    async tick() {
      for (const fault of faults) {
        if (fired.has(fault.name) || !fault.when()) continue;
        fired.add(fault.name);
        await fault.fire();
      }
    },
    fired,
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const database = await prepare("fault_respond");
  const upstream = new URL(database.url);
  const proxy = await startDbProxy(upstream.hostname, Number(upstream.port || 5432));
  const proxied = new URL(database.url);
  proxied.host = `127.0.0.1:${proxy.port}`;
  const port = await freePort(3650, 3699);
  const env = { DATABASE_URL: proxied.toString(), RESPONDENT_RATE_LIMIT_FACTOR: "10000" };
  let app: AppProcess | undefined;
  const cleanup = async () => {
    if (app) await stopApp(app, "SIGKILL").catch(() => undefined);
    await proxy.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
  };
  const interrupted = async () => {
    await cleanup();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const seeded = await existingResponseIds(database.url);
    app = await startApp(port, env);
    log(`app on ${app.origin}, database through proxy :${proxy.port}; ${RESPONDENTS} respondents`);
    const restart = async () => {
      const killedAt = Date.now();
      await stopApp(app!, "SIGKILL");
      log("app killed (SIGKILL); starting it again on the same port");
      app = await startApp(port, env);
      log(`app answering again after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
    };
    const plan = faultPlan(proxy, restart);
    let done = false;
    const chaos = (async () => {
      while (!done) {
        await plan.tick();
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const outcomes: JourneyOutcome[] = await Promise.all(
      Array.from({ length: RESPONDENTS }, (_, i) =>
        // Staggered by a few milliseconds, as people do not all press "Start now" at once.
        new Promise((r) => setTimeout(r, i * 10)).then(() => runJourney(app!.origin, { ...JOURNEY, onStep: plan.onStep })),
      ),
    );
    done = true;
    await chaos;
    const missed = ["drop database connections", "kill and restart the app", "drop database connections again"].filter((n) => !plan.fired.has(n));
    const { counts, problems } = await checkOutcomes(database.url, SLUG, seeded, outcomes);
    if (missed.length > 0) problems.push(`faults never fired: ${missed.join(", ")}`);
    log(`proxy: ${proxy.stats.accepted} connections accepted, ${proxy.stats.refused} refused, ${proxy.stats.dropped} dropped`);
    console.log(
      [
        `respondents: ${counts.respondents}`,
        `confirmations: ${counts.confirmations}`,
        `SUBMITTED responses in the database: ${counts.submitted}`,
        `duplicates: ${counts.duplicates} (must be 0)`,
        `lost acknowledged submissions: ${counts.lostAcknowledged} (must be 0)`,
        `sent but never confirmed: ${counts.sentWithoutConfirmation}`,
        `ended without a confirmation: ${counts.withoutConfirmation}, of whom told to try again: ${counts.toldToTryAgain}`,
        `"try again" pages shown along the way: ${counts.tryAgainPagesSeen}; errors without that message: ${counts.unclearErrorPages}; connection failures: ${counts.networkFailures}`,
        `retries (button pressed again): ${counts.retries}`,
        `runtime: ${((Date.now() - started) / 1000).toFixed(0)} s`,
      ].join("\n"),
    );
    if (problems.length > 0) {
      console.error(`FAILED:\n  ${problems.join("\n  ")}`);
      const errors = app.log.join("").split("\n").filter((l) => /error/i.test(l)).slice(0, 5);
      if (errors.length) console.error(`app log (first errors):\n  ${errors.join("\n  ")}`);
      return 1;
    }
    console.log("PASSED");
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
