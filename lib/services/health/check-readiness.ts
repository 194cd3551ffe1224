// Readiness (issue #19): may a load balancer send this instance requests? Yes while the
// database answers, Redis answers when it is configured, and the instance is not shutting down
// (scripts/serve/app-server.mjs marks that on SIGTERM, so the balancer stops sending new
// requests while those in flight finish).
import "server-only";
import { redisReady } from "@/lib/redis";
import { checkDatabase } from "./check-database";

export type Readiness = { ready: boolean; database: boolean; redis: boolean | "not configured"; draining: boolean };

const draining = () => Boolean((globalThis as { hysDraining?: boolean }).hysDraining);

export async function checkReadiness(): Promise<Readiness> {
  const [database, redis] = await Promise.all([checkDatabase(2_000), redisReady()]);
  const redisOk = redis === null ? "not configured" : redis;
  const ready = database.ok && redisOk !== false && !draining();
  return { ready, database: database.ok, redis: redisOk, draining: draining() };
}
