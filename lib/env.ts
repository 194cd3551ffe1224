// The one place that reads process.env (ARCHITECTURE.md "One validated lib/env.ts").
// Bad configuration fails fast with a one-line message naming the setting to fix.
import { z } from "@/lib/zod";
import { parseTrustedProxies } from "./http/trusted-proxies";
import { ROLES, type TRole } from "./permissions/permissions";

/** An unset or empty setting is undefined. */
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

/** "value=ROLE,value=ROLE" to a map; the values are group or app-role ids, so kept as written. */
function parseRoleMap(value: string | undefined, ctx: z.RefinementCtx): Record<string, TRole> | undefined {
  if (!value) return undefined;
  const map: Record<string, TRole> = {};
  for (const pair of value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf("=");
    const claimValue = pair.slice(0, at).trim();
    const role = pair
      .slice(at + 1)
      .trim()
      .toUpperCase();
    if (at <= 0 || !(ROLES as readonly string[]).includes(role)) {
      ctx.addIssue({
        code: "custom",
        message: `has "${pair}"; write each entry as claim-value=ADMIN, OFFICER or ANALYST`,
      });
      return z.NEVER;
    }
    map[claimValue] = role as TRole;
  }
  return map;
}

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** External PostgreSQL. Unset: `npm start` runs the embedded PGlite and sets it for the app. */
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || /^postgres(ql)?:\/\//.test(v), {
      message: "must start with postgres:// or postgresql://",
    })
    .transform((v) => (v ? v : undefined)),
  /** Connections per app process. The embedded database serves one connection at a time. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database, stored mail and uploads live. */
  DATA_DIR: z.string().default(".data"),
  /** Largest consultation document an officer may upload, in megabytes (issue #4). */
  UPLOAD_MAX_MB: z.coerce.number().positive().max(500).default(20),
  /** Exports of more submitted responses than this run as a background job with a progress page (issue #10). */
  EXPORT_BACKGROUND_THRESHOLD: z.coerce.number().int().min(0).default(5000),
  /**
   * Old-generation heap cap (MB) of the child process a background export runs in: V8 otherwise
   * lets garbage grow to a few hundred MB before collecting (issue #10: peak RSS < 300 MB).
   */
  EXPORT_JOB_MAX_OLD_SPACE_MB: z.coerce.number().int().min(64).max(8192).default(160),
  /** A background export no instance has held the lease of for this many minutes is shown as failed. */
  EXPORT_JOB_STALE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(10),
  /**
   * How long an instance's claim on an export or import job lasts (issue #19). It is renewed every
   * third of this while the job runs, so another instance takes over a dead one's job this long
   * after it died, at most.
   */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(3).max(600).default(30),
  /** This instance's name in responses (X-Served-By) and on the jobs it claims; defaults to host:pid. */
  HYS_INSTANCE_NAME: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * App processes serving requests (`npm start`, scripts/serve/cluster.mjs). Unset: one per CPU
   * core with an external PostgreSQL. Always 1 with the embedded database, which serves one
   * connection at a time.
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Public base URL, used in emails and links to the site. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** SMTP server, e.g. smtp://user:pass@mail.example.org:587. Unset: mail goes to DATA_DIR/mail. */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  MAIL_FROM: z.string().default("Have Your Say <consultations@example.gov.uk>"),
  /** Signs next-auth's CSRF and verification-token hashes. Required when the site is deployed (see parseEnv). */
  NEXTAUTH_SECRET: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** A staff session ends after this many hours without a request (issue #3: 12-hour default). */
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .min(0.25)
    .max(24 * 30)
    .default(12),
  /**
   * How staff sign in (issue #20): emailed links, the council's OpenID Connect provider, or
   * both. Email is the default so the embedded start needs no identity provider.
   */
  STAFF_SIGN_IN: z.enum(["email", "oidc", "both"]).default("email"),
  /** The provider's issuer; its discovery document is at <issuer>/.well-known/openid-configuration. */
  OIDC_ISSUER: optionalText().pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalText(),
  OIDC_CLIENT_SECRET: optionalText(),
  /** Completes "Sign in with …", e.g. "your Buckinghamshire Council account". */
  OIDC_DISPLAY_NAME: optionalText(),
  /** A claim whose values grant roles (e.g. `groups` or `roles`). Unset: only invited staff sign in. */
  OIDC_ROLE_CLAIM: optionalText(),
  /** Claim value to role, e.g. "group-id-1=ADMIN,group-id-2=OFFICER,group-id-3=ANALYST". */
  OIDC_ROLE_MAP: optionalText().transform((value, ctx) => parseRoleMap(value, ctx)),
  COUNCIL_NAME: z.string().default("Buckinghamshire Council"),
  /** Injected clock for tests and demos (ISO date-time). Refused in production. */
  HYS_NOW: z.string().datetime({ offset: true }).optional(),
  /**
   * Tests only: a file holding an ISO date-time that replaces "now" while it exists. End-to-end
   * tests move time past a closing date by writing it (the e2e server runs a production build,
   * so HYS_NOW cannot serve). The app warns loudly at start when it is set.
   */
  HYS_TEST_CLOCK_FILE: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  /**
   * Multiplies the per-IP limits on respondents' actions (lib/rate-limit/respondent-limits.ts).
   * Raise it for load tests that send every respondent from one address.
   */
  RESPONDENT_RATE_LIMIT_FACTOR: z.coerce.number().min(0.1).max(10_000).default(1),
  /**
   * Proxies in front of the app whose X-Forwarded-For entries we believe: a number of hops
   * (1 for one nginx or load balancer) or comma-separated addresses/CIDR blocks. Unset: the
   * socket's address is the client, and forwarded headers are ignored (issue #15).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /**
   * Redis shared by every instance (issue #19): with it, each rate limit counts across all
   * instances. Unset: counters live in this machine's app processes (scripts/serve/cluster.mjs).
   */
  REDIS_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^rediss?:\/\//.test(v), { message: "must start with redis:// or rediss://" }),
  /** Prefix of every key this deployment writes in Redis, so several deployments or test runs can share one server. */
  REDIS_KEY_PREFIX: z.string().default("hys:"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * The retention schedule (issue #21): "daily" applies what is due each night at 02:00 UTC, one
   * instance claiming each run. "off" is for end-to-end runs, whose clock jumps years ahead while
   * other specs still read their data; a council should never turn it off.
   */
  RETENTION_SCHEDULE: z.enum(["daily", "off"]).default("daily"),
  /** Tests only: a PostgreSQL server where the test run may CREATE DATABASE (trust auth on CI). */
  TEST_DATABASE_ADMIN_URL: z.string().default("postgresql://postgres@127.0.0.1:5432/postgres"),
});

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

/** Parse an environment; throws EnvError with one plain-English line per bad setting. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new EnvError(`Check your settings: ${lines.join("; ")}`);
  }
  if (result.data.NODE_ENV === "production" && result.data.HYS_NOW) {
    throw new EnvError("Check your settings: HYS_NOW (the test clock) cannot be set in production");
  }
  if (result.data.NODE_ENV === "production" && !result.data.NEXTAUTH_SECRET && !isLoopback(result.data.APP_URL)) {
    throw new EnvError(
      "Check your settings: NEXTAUTH_SECRET must be set in production (a long random string, e.g. from `openssl rand -base64 32`)",
    );
  }
  const oidcProblem = oidcSettingsProblem(result.data);
  if (oidcProblem) throw new EnvError(`Check your settings: ${oidcProblem}`);
  return result.data;
}

function oidcSettingsProblem(settings: TEnv): string | null {
  if (settings.STAFF_SIGN_IN === "email") return null;
  const missing = (["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const).filter((key) => !settings[key]);
  if (missing.length) return `STAFF_SIGN_IN=${settings.STAFF_SIGN_IN} needs ${missing.join(", ")}`;
  if (Boolean(settings.OIDC_ROLE_CLAIM) !== Boolean(settings.OIDC_ROLE_MAP))
    return "OIDC_ROLE_CLAIM and OIDC_ROLE_MAP must be set together";
  return null;
}

/**
 * A production build served only on this machine (`npm start`, the e2e server) is not a
 * deployment: nobody else can reach it, so it may run on the derived development secret.
 */
function isLoopback(url: string): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
}

let cached: TEnv | undefined;

/** The validated environment of this process. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * next-auth reads NEXTAUTH_URL from process.env itself to build sign-in links and check
 * callback URLs; APP_URL is our one setting for the site's address, so it feeds that.
 */
export function exposeAppUrlToNextAuth(): void {
  process.env.NEXTAUTH_URL = env().APP_URL;
}

/**
 * Tests only: points code under test at the test's own services (a fresh database, a mail
 * catcher) and forgets the parsed environment so env() sees them. Returns the undo.
 */
export function setEnvForTests(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  const apply = (next: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    cached = undefined;
  };
  apply(values);
  return () => apply(saved);
}

/** Next.js sets NEXT_RUNTIME; instrumentation must only touch Node APIs on "nodejs". */
export function isNodeRuntime(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}
