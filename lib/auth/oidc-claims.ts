// Reading an OpenID Connect ID token's claims (issue #20): who the person is at the provider,
// their email, and the role their groups or app roles grant. Pure, so every rule is unit-tested.
import { ROLES, type TRole } from "@/lib/permissions/permissions";

/** The ID token claims we use, after next-auth (openid-client) has checked signature, iss, aud, exp and nonce. */
export type OidcClaims = {
  iss?: string;
  sub?: string;
  /** Entra ID: the directory (tenant) and the person's object id, stable across apps. */
  tid?: string;
  oid?: string;
  email?: string;
  preferred_username?: string;
  name?: string;
  [claim: string]: unknown;
};

/**
 * The stable id we bind a staff account to. Entra's `sub` differs per app registration, so
 * its tenant + object id pair is used when present; any other provider's `sub` is stable by spec.
 */
export function oidcSubject(claims: OidcClaims): string | null {
  if (typeof claims.tid === "string" && typeof claims.oid === "string" && claims.tid && claims.oid)
    return `${claims.tid}:${claims.oid}`;
  return typeof claims.sub === "string" && claims.sub ? claims.sub : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The person's email, lower-cased: `email`, else Entra's `preferred_username` (the sign-in
 * name, normally the work address) when it looks like one.
 */
export function oidcEmail(claims: OidcClaims): string | null {
  for (const value of [claims.email, claims.preferred_username]) {
    if (typeof value === "string" && EMAIL.test(value.trim())) return value.trim().toLowerCase();
  }
  return null;
}

/** The issuer compared as providers write it, with or without a trailing slash. */
export function sameIssuer(a: string | undefined, b: string): boolean {
  return typeof a === "string" && a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

/** Most to least privileged: a person in several mapped groups gets the highest. */
const PRECEDENCE: ReadonlyArray<TRole> = ["ADMIN", "OFFICER", "ANALYST"];

/**
 * The role the claim's values grant through the mapping, or null when none is mapped.
 * The claim may be one string or a list (Entra's `groups` and `roles` are lists).
 */
export function roleFromClaim(
  claims: OidcClaims,
  claimName: string,
  roleMap: Readonly<Record<string, TRole>>,
): TRole | null {
  const raw = claims[claimName];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const granted = new Set(values.map((value) => roleMap[value]).filter((role): role is TRole => ROLES.includes(role)));
  return PRECEDENCE.find((role) => granted.has(role)) ?? null;
}
