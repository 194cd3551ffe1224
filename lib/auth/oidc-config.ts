// Staff sign-in through the council's OpenID Connect provider (issue #20): the next-auth
// provider built from settings, which sign-in methods are on, and the provider's sign-out.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { oidcEmail, oidcSubject, type OidcClaims } from "./oidc-claims";

/** next-auth's id for the provider: the callback is <APP_URL>/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

export function isOidcSignInOn(): boolean {
  return env().STAFF_SIGN_IN !== "email";
}

export function isEmailSignInOn(): boolean {
  return env().STAFF_SIGN_IN !== "oidc";
}

/** What staff call their provider account, e.g. "your Buckinghamshire Council account". */
export function oidcAccountName(): string {
  const { OIDC_DISPLAY_NAME, COUNCIL_NAME } = env();
  return OIDC_DISPLAY_NAME ?? `your ${COUNCIL_NAME} account`;
}

/** The button's words, e.g. "Sign in with your Buckinghamshire Council account". */
export function oidcButtonLabel(): string {
  return `Sign in with ${oidcAccountName()}`;
}

function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/**
 * Authorisation code flow with PKCE, state and nonce. openid-client (inside next-auth) checks
 * the ID token's signature against the provider's keys, and its iss, aud, exp and nonce;
 * lib/services/staff/oidc-admission.ts then decides who may in.
 */
export function oidcProvider(): OAuthConfig<OidcClaims> {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET)
    throw new Error("OpenID Connect sign-in is on but not configured");
  return {
    id: OIDC_PROVIDER_ID,
    name: oidcButtonLabel(),
    type: "oauth",
    wellKnown: discoveryUrl(OIDC_ISSUER),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    // The ID token carries everything we need (Entra puts groups/roles there), so no userinfo call.
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (claims) => ({
      id: oidcSubject(claims) ?? "",
      email: oidcEmail(claims),
      name: typeof claims.name === "string" ? claims.name : null,
    }),
  };
}

type Discovery = { end_session_endpoint?: string };
let discovery: { issuer: string; at: number; value: Discovery } | undefined;
const DISCOVERY_CACHE_MS = 60 * 60 * 1000;

/**
 * Where to send someone who also wants to leave the provider's session, or null when the
 * provider has no end-session endpoint (or cannot be reached: the app sign-out has happened anyway).
 */
export async function providerSignOutUrl(): Promise<string | null> {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, APP_URL } = env();
  if (!isOidcSignInOn() || !OIDC_ISSUER || !OIDC_CLIENT_ID) return null;
  if (!discovery || discovery.issuer !== OIDC_ISSUER || Date.now() - discovery.at > DISCOVERY_CACHE_MS) {
    try {
      const response = await fetch(discoveryUrl(OIDC_ISSUER), { signal: AbortSignal.timeout(5000) });
      if (!response.ok) return null;
      discovery = { issuer: OIDC_ISSUER, at: Date.now(), value: (await response.json()) as Discovery };
    } catch (error) {
      console.warn("[auth] OpenID Connect discovery failed", error);
      return null;
    }
  }
  const endpoint = discovery.value.end_session_endpoint;
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("client_id", OIDC_CLIENT_ID);
  url.searchParams.set("post_logout_redirect_uri", `${APP_URL}/signed-out`);
  return url.toString();
}
