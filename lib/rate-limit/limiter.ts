// One place that makes a rate limiter.
// - With REDIS_URL (several instances behind a load balancer, issue #19), counters live in
//   Redis, so a limit of N is N across every instance. If Redis stops answering, an in-memory
//   "insurance" limiter takes over at once (rejectIfRedisNotReady): a Redis outage may make
//   limits per instance for a while, but never turns a respondent away or fails a submission.
// - Without it, counters live in memory; when the app runs as several processes on one
//   machine (scripts/serve/cluster.mjs) workers ask the cluster's primary, which keeps the one
//   set (RateLimiterCluster over the cluster's IPC), so each process cannot allow the full limit.
import cluster from "node:cluster";
import {
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { sharedRedis } from "@/lib/redis";

type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** How long a worker waits for the primary's answer before treating the limit check as failed. */
const PRIMARY_TIMEOUT_MS = 2_000;

function localLimiter(options: LimiterOptions): RateLimiterAbstract {
  return cluster.isWorker
    ? new RateLimiterCluster({ ...options, timeoutMs: PRIMARY_TIMEOUT_MS })
    : new RateLimiterMemory(options);
}

export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  const redis = sharedRedis();
  if (!redis) return localLimiter(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    keyPrefix: `${env().REDIS_KEY_PREFIX}limit:${options.keyPrefix}`,
    insuranceLimiter: localLimiter(options),
    rejectIfRedisNotReady: true,
  });
}
