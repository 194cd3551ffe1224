// Runs once when the server starts: a bad setting stops it here with one plain line,
// rather than on the first request.
export async function register() {
  const { env, EnvError, isNodeRuntime } = await import("@/lib/env");
  if (!isNodeRuntime()) return;
  try {
    if (env().HYS_TEST_CLOCK_FILE) {
      console.warn(
        `Warning: the clock follows ${env().HYS_TEST_CLOCK_FILE} (HYS_TEST_CLOCK_FILE). This is for tests only.`,
      );
    }
    // Shared rate limits count across instances only once Redis answers; until then (or in an
    // outage) each instance's own insurance limiter counts (lib/rate-limit/limiter.ts).
    const { redisConnected } = await import("@/lib/redis");
    if (!(await redisConnected(3_000)))
      console.warn("Warning: Redis (REDIS_URL) is not answering; rate limits count per instance until it does.");
    // Files an earlier version kept on this machine's disk move into the database before the
    // first request, so every instance can serve them (issue #19).
    // A database that cannot be reached yet must not stop the start (health reports it); the
    // files stay on disk and move at the next start.
    const { moveLocalFilesIntoDatabase } = await import("@/lib/storage/move-local-files");
    await moveLocalFilesIntoDatabase(`${env().DATA_DIR}/uploads`).catch((error: unknown) => {
      console.error(`[storage] files on disk were not moved into the database this time: ${(error as Error).message}`);
    });
    // Receipts and "come back later" links wait in the email outbox until this sends them
    // (issue #6). isNodeRuntime() above already returned on any other runtime.
    const { drainEmailOutboxWorker, startEmailOutboxWorker } = await import("@/lib/services/email-outbox/worker");
    startEmailOutboxWorker();
    // Export and import jobs: each claimed by one instance with a lease, taken over by another
    // if this one dies (issue #19).
    const { drainJobWorker, startJobWorker } = await import("@/lib/services/jobs/job-worker");
    startJobWorker();
    // Our server runs these on SIGTERM before it exits (scripts/serve/app-server.mjs).
    const hooks = ((globalThis as { hysShutdownHooks?: (() => Promise<void>)[] }).hysShutdownHooks ??= []);
    hooks.push(drainEmailOutboxWorker, drainJobWorker);
    // The retention schedule (issue #21): one instance claims each daily run; on SIGTERM it
    // stops between batches and hands the run back.
    if (env().RETENTION_SCHEDULE === "daily") {
      const { drainRetentionWorker, startRetentionWorker } = await import("@/lib/services/retention/worker");
      startRetentionWorker();
      hooks.push(drainRetentionWorker);
    }
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
