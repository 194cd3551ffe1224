// next-auth configuration: emailed single-use links and/or the council's OpenID Connect
// provider (STAFF_SIGN_IN), our Prisma adapter, database sessions.
// Built lazily, per call, so importing it never reads settings (e.g. during `next build`).
import "server-only";
import type { AuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env, exposeAppUrlToNextAuth } from "@/lib/env";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { admitOidcSignIn, recordOidcRefusal } from "@/lib/services/staff/oidc-admission";
import type { OidcClaims } from "@/lib/auth/oidc-claims";
import { isEmailSignInOn, isOidcSignInOn, OIDC_PROVIDER_ID, oidcProvider } from "@/lib/auth/oidc-config";
import {
  authSecret,
  SIGN_IN_LINK_MAX_AGE_SECONDS,
  sessionCookie,
  sessionTimes,
  usesSecureCookies,
} from "@/lib/auth/config";
import { prismaAdapter } from "@/lib/auth/prisma-adapter";
import { generateSessionToken } from "@/lib/auth/session-store";
import { sendSignInLinkMail } from "@/lib/auth/sign-in-link";

export const AUTH_PAGES = {
  signIn: "/sign-in",
  verifyRequest: "/check-your-email",
  error: "/sign-in/problem",
  // next-auth's own unstyled sign-out page is never shown: the staff bar has the sign-out button.
  signOut: "/staff",
} as const;

async function isActiveStaff(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { active: true } });
  return Boolean(user?.active);
}

/** Only paths on this site survive a sign-in; anything else lands on the staff dashboard. */
export function safeRedirect(url: string, baseUrl: string): string {
  try {
    const target = new URL(url, baseUrl);
    if (target.origin === new URL(baseUrl).origin && target.pathname.startsWith("/staff")) return target.toString();
  } catch {
    // Not a URL at all: fall through to the dashboard.
  }
  return `${baseUrl}/staff`;
}

/** Only the methods STAFF_SIGN_IN turns on exist: a switched-off method's endpoints answer 400. */
function providers(): Provider[] {
  const list: Provider[] = [];
  if (isEmailSignInOn()) {
    list.push(
      EmailProvider({
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        from: env().MAIL_FROM,
        normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
        // Links are normally requested through the sign-in form (lib/services/staff/
        // request-sign-in-link.ts); app/api/auth/[...nextauth] turns next-auth's own
        // request endpoint away, so this only runs if that endpoint is ever reopened.
        sendVerificationRequest: ({ identifier, url }) => sendSignInLinkMail(identifier, url),
      }),
    );
  }
  if (isOidcSignInOn()) list.push(oidcProvider());
  return list;
}

const SIGN_IN_METHODS: Readonly<Record<string, string>> = {
  email: "Signed in with an emailed link",
  [OIDC_PROVIDER_ID]: "Signed in through the identity provider (OpenID Connect)",
};

/** A failed token exchange or check (state, PKCE, nonce, iss, aud, exp, signature) is a refusal too. */
function recordProviderFailure(code: string, metadata: unknown): void {
  const { error, providerId } = (metadata ?? {}) as { error?: unknown; providerId?: unknown };
  if (providerId !== OIDC_PROVIDER_ID || !code.startsWith("OAUTH_CALLBACK")) return;
  const reason = error instanceof Error ? error.message : String(error);
  recordOidcRefusal(`the provider's answer failed a check (${reason})`).catch((failure: unknown) =>
    console.error("[auth] refusal not recorded", failure),
  );
}

export function authOptions(): AuthOptions {
  exposeAppUrlToNextAuth();
  const { maxAgeSeconds, updateAgeSeconds } = sessionTimes();
  return {
    secret: authSecret(),
    adapter: prismaAdapter(),
    session: { strategy: "database", maxAge: maxAgeSeconds, updateAge: updateAgeSeconds, generateSessionToken },
    useSecureCookies: usesSecureCookies(),
    cookies: { sessionToken: sessionCookie() },
    providers: providers(),
    pages: AUTH_PAGES,
    callbacks: {
      // Unknown or deactivated addresses get the same neutral page and no email (request
      // stage), and cannot use a link issued before they were deactivated (callback stage).
      async signIn({ user, email, account, profile }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const admission = await admitOidcSignIn((profile ?? {}) as OidcClaims);
          return admission.admitted ? true : `${AUTH_PAGES.error}?error=AccessDenied`;
        }
        const allowed = await isActiveStaff(user.email);
        if (email?.verificationRequest) return allowed ? true : AUTH_PAGES.verifyRequest;
        return allowed;
      },
      async redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.email) return;
        await recordAuditEvent(db(), {
          actor: { id: user.id, email: user.email },
          action: "auth.signIn",
          targetType: "User",
          targetId: user.id,
          detail: SIGN_IN_METHODS[account?.provider ?? "email"] ?? `Signed in with ${account?.provider}`,
        });
      },
      // Our sign-out form records its own event; this covers next-auth's POST /api/auth/signout.
      async signOut({ session }) {
        const userId = (session as { userId?: string } | null)?.userId;
        const user = userId
          ? await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true } })
          : null;
        if (!user) return;
        await recordAuditEvent(db(), {
          actor: user,
          action: "auth.signOut",
          targetType: "User",
          targetId: user.id,
          detail: "Signed out",
        });
      },
    },
    logger: {
      error: (code, metadata) => {
        console.error(`[auth] ${code}`, metadata);
        recordProviderFailure(code, metadata);
      },
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => undefined,
    },
  };
}
