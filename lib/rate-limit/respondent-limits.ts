// Per-IP limits on what respondents do (issue #6, item 7: "a honeypot field and rate limits
// deter bots; there is no CAPTCHA"). Generous for people: a family event or a library shares
// one address, and someone answering carefully saves a page every minute or two, so only
// machine-speed use is refused. Counters in memory, shared by the app's processes (see ./limiter).
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "./limiter";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const RESPONDENT_LIMITS = {
  /** Starting a new response. */
  start: { points: 60, duration: 10 * 60 },
  /** Saving a page ("Continue" or "Save and come back later"). */
  save: { points: 120, duration: 60 },
  /** Sending a response. */
  submit: { points: 30, duration: 60 },
  /** Emailing a "come back later" link: each one sends mail, so the tightest. */
  resumeEmail: { points: 10, duration: 60 * 60 },
  /** Using resume and receipt links (change, withdraw). */
  link: { points: 30, duration: 10 * 60 },
} as const;

export type RespondentAction = keyof typeof RESPONDENT_LIMITS;

type Limiters = Record<RespondentAction, RateLimiterAbstract>;

// Kept on globalThis so Next's module reloading in development does not reset the counters.
const store = globalThis as unknown as { hysRespondentLimiters?: Limiters };

function limiters(): Limiters {
  const factor = env().RESPONDENT_RATE_LIMIT_FACTOR;
  store.hysRespondentLimiters ??= Object.fromEntries(
    Object.entries(RESPONDENT_LIMITS).map(([action, limit]) => [
      action,
      createLimiter({
        keyPrefix: `respondent-${action}`,
        points: Math.max(1, Math.round(limit.points * factor)),
        duration: limit.duration,
      }),
    ]),
  ) as Limiters;
  return store.hysRespondentLimiters;
}

/** Counts one attempt from this IP; throws RATE_LIMITED when it has had too many. */
export async function consumeRespondentAttempt(action: RespondentAction, ip: string): Promise<void> {
  try {
    await limiters()[action].consume(ip);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    throw new AppError(
      "RATE_LIMITED",
      `There have been too many attempts from your internet connection. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    );
  }
}
