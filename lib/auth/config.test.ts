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
    expect(
      parseEnv({ NODE_ENV: "production", APP_URL: "https://consult.council.example", NEXTAUTH_SECRET: "s3cret" })
        .NEXTAUTH_SECRET,
    ).toBe("s3cret");
  });

  it("lets a production build served only on this machine (npm start, e2e) run without one", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });
});

describe("staff sign-in settings (issue #20)", () => {
  const oidc = {
    OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
    OIDC_CLIENT_ID: "client",
    OIDC_CLIENT_SECRET: "secret",
  };

  it("defaults to emailed links, needing no identity provider", () => {
    expect(parseEnv({}).STAFF_SIGN_IN).toBe("email");
  });

  it("needs the issuer, client id and secret for oidc or both, naming what is missing", () => {
    expect(() => parseEnv({ STAFF_SIGN_IN: "oidc" })).toThrow(
      "Check your settings: STAFF_SIGN_IN=oidc needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET",
    );
    expect(() => parseEnv({ STAFF_SIGN_IN: "both", ...oidc, OIDC_CLIENT_SECRET: "" })).toThrow(
      "STAFF_SIGN_IN=both needs OIDC_CLIENT_SECRET",
    );
    expect(parseEnv({ STAFF_SIGN_IN: "both", ...oidc }).OIDC_ISSUER).toBe(oidc.OIDC_ISSUER);
    expect(() => parseEnv({ STAFF_SIGN_IN: "sometimes" })).toThrow(/STAFF_SIGN_IN/);
    expect(() => parseEnv({ STAFF_SIGN_IN: "oidc", ...oidc, OIDC_ISSUER: "not a url" })).toThrow(/OIDC_ISSUER/);
  });

  it("reads the role map, keeping claim values as written, and refuses an unknown role or half a pair", () => {
    const settings = parseEnv({
      STAFF_SIGN_IN: "oidc",
      ...oidc,
      OIDC_ROLE_CLAIM: "groups",
      OIDC_ROLE_MAP: " a1B=admin, c-2=OFFICER ,d=ANALYST",
    });
    expect(settings.OIDC_ROLE_MAP).toEqual({ a1B: "ADMIN", "c-2": "OFFICER", d: "ANALYST" });
    expect(() =>
      parseEnv({ STAFF_SIGN_IN: "oidc", ...oidc, OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "a=BOSS" }),
    ).toThrow(/OIDC_ROLE_MAP has "a=BOSS"/);
    expect(() => parseEnv({ STAFF_SIGN_IN: "oidc", ...oidc, OIDC_ROLE_CLAIM: "groups" })).toThrow(
      "OIDC_ROLE_CLAIM and OIDC_ROLE_MAP must be set together",
    );
  });
});
