// One place that makes a rate limiter. Counters live in memory; when the app runs as several
// processes (scripts/serve/cluster.mjs, WEB_CONCURRENCY > 1) a per-process counter would let
// each process allow the full limit, so workers ask the cluster's primary process, which keeps
// the one set of counters (rate-limiter-flexible's RateLimiterCluster, over the cluster's IPC).
import cluster from "node:cluster";
import { RateLimiterCluster, RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";

type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** How long a worker waits for the primary's answer before treating the limit check as failed. */
const PRIMARY_TIMEOUT_MS = 2_000;

export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  return cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: PRIMARY_TIMEOUT_MS }) : new RateLimiterMemory(options);
}
