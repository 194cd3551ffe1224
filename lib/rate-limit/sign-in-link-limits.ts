// Sign-in link requests are limited per address (stops mail-bombing one person) and per IP
// (stops one machine probing many addresses). Counters in memory, shared by the
// app's processes on one machine (see ./limiter); several machines would need a Redis store.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "./limiter";
import { AppError } from "@/lib/errors";

const WINDOW_SECONDS = 15 * 60;

export const SIGN_IN_LINK_LIMITS = {
  perAddress: { points: 5, duration: WINDOW_SECONDS },
  perIp: { points: 30, duration: WINDOW_SECONDS },
} as const;

type Limiters = { perAddress: RateLimiterAbstract; perIp: RateLimiterAbstract };

// Kept on globalThis so Next's module reloading in development does not reset the counters.
const store = globalThis as unknown as { hysSignInLimiters?: Limiters };

function limiters(): Limiters {
  store.hysSignInLimiters ??= {
    perAddress: createLimiter({ keyPrefix: "sign-in-address", ...SIGN_IN_LINK_LIMITS.perAddress }),
    perIp: createLimiter({ keyPrefix: "sign-in-ip", ...SIGN_IN_LINK_LIMITS.perIp }),
  };
  return store.hysSignInLimiters;
}

/**
 * Counts one request for a link; throws RATE_LIMITED when the address or the IP has had
 * too many. Called before looking the address up, so the limit reveals nothing about accounts.
 */
export async function consumeSignInLinkAttempt(email: string, ip: string): Promise<void> {
  const { perAddress, perIp } = limiters();
  const results = await Promise.allSettled([perAddress.consume(email.toLowerCase()), perIp.consume(ip)]);
  const refused = results.find((r) => r.status === "rejected");
  if (!refused) return;
  if (refused.reason instanceof RateLimiterRes) {
    const minutes = Math.max(1, Math.ceil(refused.reason.msBeforeNext / 60_000));
    throw new AppError("RATE_LIMITED", `You have asked for too many sign-in links. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`);
  }
  throw refused.reason;
}
