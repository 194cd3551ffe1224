// The e2e run's OpenID Connect provider (tests/support/oidc-test-provider.ts, started by
// scripts/e2e/server.ts on E2E_PORT + 1000): its people and the app's role mapping.

/** People at the provider, by login name (any password). */
export const E2E_OIDC_PEOPLE = {
  "e2e-oidc-officer": {
    email: "oidc.officer@council.example",
    name: "Olu Officer",
    groups: ["hys-officers"],
    tid: "e2e-tenant",
    oid: "e2e-oid-1",
  },
};

export const E2E_OIDC_ROLE_MAP = "hys-admins=ADMIN,hys-officers=OFFICER,hys-analysts=ANALYST";

/** "Sign in with …" as the e2e app is configured (OIDC_DISPLAY_NAME). */
export const E2E_OIDC_ACCOUNT_NAME = "your council account";
