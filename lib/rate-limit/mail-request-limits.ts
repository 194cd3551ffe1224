// Forms that send an email to an address someone types (sign-in links, "get updates"
// confirmations) are limited per address, which stops mail-bombing one person, and per IP,
// which stops one machine probing or flooding many addresses (issue #15). Counted before the
// address is looked up, so a refusal reveals nothing about accounts or subscriptions.
// Counters are shared by the app's processes (see ./limiter).
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "./limiter";
import { AppError } from "@/lib/errors";

type Limit = { points: number; duration: number };
type MailRequestLimits = { perAddress: Limit; perIp: Limit };

const WINDOW_SECONDS = 15 * 60;

export const SIGN_IN_LINK_LIMITS = {
  perAddress: { points: 5, duration: WINDOW_SECONDS },
  perIp: { points: 30, duration: WINDOW_SECONDS },
} as const satisfies MailRequestLimits;

/** Outcome updates: a person asks once or twice; a flood of confirmations is someone else's doing. */
export const UPDATES_LIMITS = {
  perAddress: { points: 3, duration: 60 * 60 },
  perIp: { points: 20, duration: 60 * 60 },
} as const satisfies MailRequestLimits;

type Limiters = { perAddress: RateLimiterAbstract; perIp: RateLimiterAbstract };

// Kept on globalThis so Next's module reloading in development does not reset the counters.
const store = globalThis as unknown as { hysMailRequestLimiters?: Record<string, Limiters> };

function limitersFor(name: string, limits: MailRequestLimits): Limiters {
  const all = (store.hysMailRequestLimiters ??= {});
  all[name] ??= {
    perAddress: createLimiter({ keyPrefix: `${name}-address`, ...limits.perAddress }),
    perIp: createLimiter({ keyPrefix: `${name}-ip`, ...limits.perIp }),
  };
  return all[name];
}

/** Counts one request; throws RATE_LIMITED with `tooMany`'s words when the address or IP has had too many. */
async function consume(
  name: string,
  limits: MailRequestLimits,
  email: string,
  ip: string,
  tooMany: string,
): Promise<void> {
  const { perAddress, perIp } = limitersFor(name, limits);
  const results = await Promise.allSettled([perAddress.consume(email.trim().toLowerCase()), perIp.consume(ip)]);
  const refused = results.find((r) => r.status === "rejected");
  if (!refused) return;
  if (refused.reason instanceof RateLimiterRes) {
    const minutes = Math.max(1, Math.ceil(refused.reason.msBeforeNext / 60_000));
    throw new AppError("RATE_LIMITED", `${tooMany} Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`);
  }
  throw refused.reason;
}

export function consumeSignInLinkAttempt(email: string, ip: string): Promise<void> {
  return consume("sign-in", SIGN_IN_LINK_LIMITS, email, ip, "You have asked for too many sign-in links.");
}

export function consumeUpdatesRequest(email: string, ip: string): Promise<void> {
  return consume("updates", UPDATES_LIMITS, email, ip, "There have been too many requests for email updates.");
}
