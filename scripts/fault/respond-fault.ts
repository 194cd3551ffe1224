// npm run test:fault — issue #6 fault test, as a council deploys (issue #19): Debian's nginx,
// round robin, in front of two app instances on one PostgreSQL database (through a proxy that can
// cut it) and Redis. 200 respondents answer and send the seeded open consultation over HTTP (no
// JavaScript) through nginx while, mid-run, every database connection is cut and refused for 2 s
// (twice), and instance a is SIGKILLed (its whole process tree, as when a machine dies) and
// started again on the same port. Respondents whose request fails press the button again (the
// same step), a bounded number of times. Then the database is checked: see outcome-checks.ts.
// Exits 1 if a promise is broken.
import { startNginx, type Nginx } from "../../tests/deployment/nginx";
import { killTree } from "../../tests/deployment/instance-control";
import { freePort, instanceSettings, prepare, startApp, stopApp, type AppProcess } from "../load/app-server";
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
    {
      when: () => seen.save >= 300,
      name: "drop database connections",
      fire: async () =>
        log(`dropped ${proxy.drop(REFUSE_MS)} database connections; refusing new ones for ${REFUSE_MS} ms`),
    },
    { when: () => seen.submit >= 40, name: "kill and restart instance a", fire: restart },
    {
      when: () => seen.submit >= 120,
      name: "drop database connections again",
      fire: async () => log(`dropped ${proxy.drop(REFUSE_MS)} database connections during submits`),
    },
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
  const ports = { a: await freePort(3650, 3674), b: await freePort(3675, 3699) };
  const nginxPort = await freePort(3625, 3649);
  const origin = `http://127.0.0.1:${nginxPort}`;
  const settings = instanceSettings("fault", proxied.toString(), origin);
  const env = { a: settings.of("a"), b: settings.of("b") };
  const apps: Partial<Record<"a" | "b", AppProcess>> = {};
  let nginx: Nginx | undefined;
  const cleanup = async () => {
    await nginx?.stop().catch(() => undefined);
    for (const app of Object.values(apps)) await stopApp(app, "SIGKILL").catch(() => undefined);
    await proxy.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    settings.removeDataDirs();
  };
  const interrupted = async () => {
    await cleanup();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const seeded = await existingResponseIds(database.url);
    [apps.a, apps.b] = await Promise.all([startApp(ports.a, env.a), startApp(ports.b, env.b)]);
    nginx = await startNginx(nginxPort, [ports.a, ports.b]);
    log(
      `nginx on ${origin} in front of a :${ports.a} and b :${ports.b}, database through proxy :${proxy.port}; ${RESPONDENTS} respondents`,
    );
    const restart = async () => {
      const killedAt = Date.now();
      await killTree(apps.a!);
      log("instance a killed (SIGKILL, its whole process tree); starting it again on the same port");
      apps.a = await startApp(ports.a, env.a);
      log(`instance a answering again after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
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
        new Promise((r) => setTimeout(r, i * 10)).then(() => runJourney(origin, { ...JOURNEY, onStep: plan.onStep })),
      ),
    );
    done = true;
    await chaos;
    const missed = [
      "drop database connections",
      "kill and restart instance a",
      "drop database connections again",
    ].filter((n) => !plan.fired.has(n));
    const { counts, problems } = await checkOutcomes(database.url, SLUG, seeded, outcomes);
    if (missed.length > 0) problems.push(`faults never fired: ${missed.join(", ")}`);
    log(
      `proxy: ${proxy.stats.accepted} connections accepted, ${proxy.stats.refused} refused, ${proxy.stats.dropped} dropped`,
    );
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
      const errors = Object.values(apps).flatMap((app) =>
        app.log
          .join("")
          .split("\n")
          .filter((l) => /error/i.test(l))
          .slice(0, 5),
      );
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
