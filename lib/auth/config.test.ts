import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("auth settings in lib/env.ts", () => {
  it("defaults the idle expiry to 12 hours and accepts another", () => {
    expect(parseEnv({}).SESSION_IDLE_HOURS).toBe(12);
    expect(parseEnv({ SESSION_IDLE_HOURS: "2" }).SESSION_IDLE_HOURS).toBe(2);
    expect(() => parseEnv({ SESSION_IDLE_HOURS: "0" })).toThrow(/SESSION_IDLE_HOURS/);
  });

  it("requires NEXTAUTH_SECRET for a deployed production site, in one plain line", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://consult.council.example" })).toThrow(
      "Check your settings: NEXTAUTH_SECRET must be set in production (a long random string, e.g. from `openssl rand -base64 32`)",
    );
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "https://consult.council.example", NEXTAUTH_SECRET: "s3cret" }).NEXTAUTH_SECRET).toBe("s3cret");
  });

  it("lets a production build served only on this machine (npm start, e2e) run without one", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });
});
