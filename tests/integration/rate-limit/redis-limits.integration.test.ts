// Issue #19 item 3 against the real Redis at 127.0.0.1:6379: with REDIS_URL, a limit of N is N
// across separate instances (separate processes, sharing nothing but Redis), and a Redis outage
// never turns anyone away: the in-memory insurance limiter answers at once.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RateLimiterRes } from "rate-limiter-flexible";
import { setEnvForTests } from "@/lib/env";
import { startDbProxy, type DbProxy } from "@/scripts/fault/db-proxy";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const REDIS = "redis://127.0.0.1:6379";
const prefix = () => `hys-test-${crypto.randomBytes(4).toString("hex")}:`;

function instance(env: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts/serve/fixtures/limit-worker.ts")],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out.split("\n").filter(Boolean)) : reject(new Error(`instance exited ${code}`)),
    );
  });
}

let proxy: DbProxy | undefined;
let restore: () => void = () => undefined;
afterAll(async () => {
  restore();
  await proxy?.close();
});

describe("rate limits on Redis", () => {
  it("allows exactly N across two instances", async () => {
    const env = { REDIS_URL: REDIS, REDIS_KEY_PREFIX: prefix(), LIMIT: "5", ATTEMPTS: "4" };
    const [a, b] = await Promise.all([instance(env), instance(env)]);
    const outcomes = [...a, ...b];
    expect(outcomes).toHaveLength(8);
    expect(outcomes.filter((o) => o === "allowed")).toHaveLength(5);
  });

  it("falls back to this instance's own counters at once when Redis goes away, and refuses nobody for it", async () => {
    proxy = await startDbProxy("127.0.0.1", 6379);
    restore = setEnvForTests({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, REDIS_KEY_PREFIX: prefix() });
    const { createLimiter } = await import("@/lib/rate-limit/limiter");
    const { redisConnected, sharedRedis } = await import("@/lib/redis");
    expect(await redisConnected(5_000)).toBe(true);
    const limiter = createLimiter({ keyPrefix: "outage", points: 3, duration: 60 });
    await limiter.consume("before");
    expect(await sharedRedis()!.keys(`${process.env.REDIS_KEY_PREFIX}*`)).toHaveLength(1);
    proxy.drop(60_000);
    const started = Date.now();
    for (let i = 0; i < 3; i++) await limiter.consume(`during-${i}`);
    // No waiting on a dead connection: each check answered by the insurance limiter.
    expect(Date.now() - started).toBeLessThan(2_000);
    // The insurance limiter still limits: the fourth attempt from one address is refused as usual.
    for (let i = 0; i < 3; i++) await limiter.consume("one-address");
    await expect(limiter.consume("one-address")).rejects.toBeInstanceOf(RateLimiterRes);
  });
});
