// The one Redis connection of this process (REDIS_URL), or null without it. Commands are never
// queued while the connection is down: callers (the rate limiters) fall back at once rather
// than wait, and the client keeps reconnecting in the background.
import { Redis } from "ioredis";
import { env } from "@/lib/env";

const store = globalThis as unknown as { hysRedis?: Redis | null; hysRedisUrl?: string };

export function sharedRedis(): Redis | null {
  const url = env().REDIS_URL;
  if (store.hysRedis !== undefined && store.hysRedisUrl === url) return store.hysRedis;
  store.hysRedisUrl = url;
  store.hysRedis = url ? connect(url) : null;
  return store.hysRedis;
}

function connect(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    // A command caught by a dropped connection fails at once rather than waiting for the
    // reconnect, and none waits longer than half a second: a rate-limit check must never hold
    // up a respondent (the limiter then asks its insurance limiter).
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    // Keep trying every second or two: Redis coming back restores shared limits by itself.
    retryStrategy: (times) => Math.min(250 * times, 2_000),
  });
  let reported = false;
  client.on("error", (error) => {
    // Logged once per outage, not once per retry.
    if (!reported) console.warn(`[redis] ${error.message}; rate limits fall back to this instance until it answers`);
    reported = true;
  });
  client.on("ready", () => {
    if (reported) console.warn("[redis] connected again; rate limits are shared again");
    reported = false;
  });
  return client;
}

/** Resolves once the connection is ready (true), or false after `timeoutMs`; true without Redis. */
export function redisConnected(timeoutMs: number): Promise<boolean> {
  const redis = sharedRedis();
  if (!redis || redis.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    redis.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Readiness (api/ready): null without REDIS_URL; otherwise whether Redis answers a PING. */
export async function redisReady(): Promise<boolean | null> {
  const redis = sharedRedis();
  if (!redis) return null;
  try {
    // commandTimeout (above) bounds the wait; a connection that is down fails at once.
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  }
}
