// Who may sign in through the council's identity provider, and with which role (issue #20).
// Runs after next-auth has checked the ID token (signature, iss, aud, exp, nonce, state, PKCE).
// Invited staff are matched by email once, then bound to the provider's stable subject; with
// OIDC_ROLE_CLAIM the provider's groups/roles create, re-role and deactivate accounts.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { ROLE_LABELS, type TRole } from "@/lib/permissions/permissions";
import { oidcEmail, oidcSubject, roleFromClaim, sameIssuer, type OidcClaims } from "@/lib/auth/oidc-claims";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc-config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { lockAccount } from "./account-lock";
import { deactivateLockedAccount } from "./set-staff-active";

export type OidcAdmission = { admitted: true; userId: string } | { admitted: false };

type Tx = Prisma.TransactionClient;
type Person = { subject: string; email: string | null; name: string | null; claimLabel: string };

const PROVIDER_ACTOR: AuditActor = { system: "Identity provider sign-in" };
const REFUSED: OidcAdmission = { admitted: false };

/** One audit event for a refused sign-in; the person sees only the neutral refusal page. */
export async function recordOidcRefusal(reason: string, who?: { id: string; email: string }): Promise<void> {
  await recordAuditEvent(db(), {
    actor: who ?? PROVIDER_ACTOR,
    action: "auth.signInRefused",
    targetType: who ? "User" : undefined,
    targetId: who?.id,
    detail: `Identity provider sign-in refused: ${reason}`,
  });
}

export async function admitOidcSignIn(claims: OidcClaims): Promise<OidcAdmission> {
  const { OIDC_ISSUER, OIDC_ROLE_CLAIM, OIDC_ROLE_MAP } = env();
  const subject = oidcSubject(claims);
  const email = oidcEmail(claims);
  const who = email ?? `subject ${subject ?? "(none)"}`;
  // openid-client has already matched iss to the discovery document; this also catches a
  // discovery document that names another issuer than the one configured.
  if (!OIDC_ISSUER || !sameIssuer(claims.iss, OIDC_ISSUER))
    return refuse(`${who}: the token's issuer ${String(claims.iss)} is not ${OIDC_ISSUER}`);
  if (!subject) return refuse("the token has no subject");
  const person: Person = {
    subject,
    email,
    name: typeof claims.name === "string" ? claims.name : null,
    claimLabel: OIDC_ROLE_CLAIM ?? "",
  };
  // undefined: roles come from invitations only; null: the claim maps to no role.
  const claimedRole =
    OIDC_ROLE_CLAIM && OIDC_ROLE_MAP ? roleFromClaim(claims, OIDC_ROLE_CLAIM, OIDC_ROLE_MAP) : undefined;
  const outcome = await db().$transaction((tx) => admit(tx, person, claimedRole));
  if ("refused" in outcome) return refuse(outcome.refused, outcome.user);
  return { admitted: true, userId: outcome.userId };
}

async function refuse(reason: string, who?: { id: string; email: string }): Promise<OidcAdmission> {
  await recordOidcRefusal(reason, who);
  return REFUSED;
}

type Outcome = { userId: string } | { refused: string; user?: { id: string; email: string } };

async function admit(tx: Tx, person: Person, claimedRole: TRole | null | undefined): Promise<Outcome> {
  const binding = await tx.account.findUnique({
    where: { provider_providerAccountId: { provider: OIDC_PROVIDER_ID, providerAccountId: person.subject } },
    select: { userId: true },
  });
  const match = binding
    ? await tx.user.findUnique({ where: { id: binding.userId }, select: { id: true } })
    : person.email
      ? await tx.user.findUnique({ where: { email: person.email }, select: { id: true } })
      : null;
  if (!match) {
    if (claimedRole) return createFromClaim(tx, person, claimedRole);
    const why =
      claimedRole === null
        ? `no value of the ${person.claimLabel} claim is mapped to a role`
        : "no staff account has been invited with this email";
    return { refused: `${person.email ?? `subject ${person.subject}`}: ${why}` };
  }
  // Locks this account and every active admin, so the last-admin rule holds under concurrency.
  const { account, assertNotLastAdmin } = await lockAccount(tx, match.id);
  const user = { id: account.id, email: account.email };
  if (!binding) {
    const other = await tx.account.findFirst({
      where: { userId: account.id, provider: OIDC_PROVIDER_ID },
      select: { id: true },
    });
    if (other) return { refused: "the account is already linked to a different identity at the provider", user };
  }
  if (!account.active) return { refused: "the account is deactivated", user };
  if (claimedRole === null) return deactivateFromClaim(tx, person, user, assertNotLastAdmin);
  if (claimedRole && claimedRole !== account.role)
    await changeRoleFromClaim(tx, person, { ...user, role: account.role }, claimedRole, assertNotLastAdmin);
  if (!binding) await link(tx, person, user);
  return { userId: account.id };
}

/** True when the staff service's last-admin rule refuses removing this account. */
function isLastAdmin(assertNotLastAdmin: () => void): boolean {
  try {
    assertNotLastAdmin();
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return true;
    throw error;
  }
}

async function link(tx: Tx, person: Person, user: { id: string; email: string }): Promise<void> {
  await tx.account.create({
    data: { userId: user.id, type: "oauth", provider: OIDC_PROVIDER_ID, providerAccountId: person.subject },
  });
  await recordAuditEvent(tx, {
    actor: user,
    action: "auth.identityLinked",
    targetType: "User",
    targetId: user.id,
    detail: `First sign-in through the identity provider: linked to subject ${person.subject}`,
  });
}

async function createFromClaim(tx: Tx, person: Person, role: TRole): Promise<Outcome> {
  if (!person.email)
    return {
      refused: `subject ${person.subject}: the token has no email or preferred_username to create an account with`,
    };
  const user = await tx.user.create({
    data: { email: person.email, name: person.name, role, emailVerified: new Date() },
    select: { id: true, email: true },
  });
  await recordAuditEvent(tx, {
    actor: PROVIDER_ACTOR,
    action: "staff.createFromClaim",
    targetType: "User",
    targetId: user.id,
    detail: `Created ${user.email} as ${ROLE_LABELS[role]} from the ${person.claimLabel} claim`,
  });
  await link(tx, person, user);
  return { userId: user.id };
}

async function changeRoleFromClaim(
  tx: Tx,
  person: Person,
  user: { id: string; email: string; role: TRole },
  role: TRole,
  assertNotLastAdmin: () => void,
): Promise<void> {
  // The app's rule wins over the claim: the only active administrator stays one.
  const kept = role !== "ADMIN" && isLastAdmin(assertNotLastAdmin);
  if (!kept) await tx.user.update({ where: { id: user.id }, data: { role } });
  const detail = kept
    ? `${user.email}: kept as Administrator, the only active one (the ${person.claimLabel} claim gives ${ROLE_LABELS[role]})`
    : `${user.email}: ${ROLE_LABELS[user.role]} to ${ROLE_LABELS[role]} from the ${person.claimLabel} claim`;
  await recordAuditEvent(tx, {
    actor: PROVIDER_ACTOR,
    action: "staff.roleChangeFromClaim",
    targetType: "User",
    targetId: user.id,
    detail,
  });
}

async function deactivateFromClaim(
  tx: Tx,
  person: Person,
  user: { id: string; email: string },
  assertNotLastAdmin: () => void,
): Promise<Outcome> {
  if (isLastAdmin(assertNotLastAdmin)) {
    return {
      refused: `no value of the ${person.claimLabel} claim is mapped to a role; kept active as the only administrator`,
      user,
    };
  }
  await deactivateLockedAccount(tx, user, {
    actor: PROVIDER_ACTOR,
    action: "staff.deactivateFromClaim",
    because: `no value of the ${person.claimLabel} claim is mapped to a role`,
  });
  return { refused: "the account was deactivated because no mapped role remains", user };
}
