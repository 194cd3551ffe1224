// next-auth configuration: emailed single-use links, our Prisma adapter, database sessions.
// Built lazily, per call, so importing it never reads settings (e.g. during `next build`).
import "server-only";
import type { AuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env, exposeAppUrlToNextAuth } from "@/lib/env";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import { authSecret, SIGN_IN_LINK_MAX_AGE_SECONDS, sessionCookie, sessionTimes, usesSecureCookies } from "./config";
import { prismaAdapter } from "./prisma-adapter";
import { generateSessionToken } from "./session-store";
import { sendSignInLinkMail } from "./sign-in-link";

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

export function authOptions(): AuthOptions {
  exposeAppUrlToNextAuth();
  const { maxAgeSeconds, updateAgeSeconds } = sessionTimes();
  return {
    secret: authSecret(),
    adapter: prismaAdapter(),
    session: { strategy: "database", maxAge: maxAgeSeconds, updateAge: updateAgeSeconds, generateSessionToken },
    useSecureCookies: usesSecureCookies(),
    cookies: { sessionToken: sessionCookie() },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        from: env().MAIL_FROM,
        normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
        // Links are normally requested through the sign-in form (lib/services/staff/
        // request-sign-in-link.ts); app/api/auth/[...nextauth] turns next-auth's own
        // request endpoint away, so this only runs if that endpoint is ever reopened.
        sendVerificationRequest: ({ identifier, url }) => sendSignInLinkMail(identifier, url),
      }),
    ],
    pages: AUTH_PAGES,
    callbacks: {
      // Unknown or deactivated addresses get the same neutral page and no email (request
      // stage), and cannot use a link issued before they were deactivated (callback stage).
      async signIn({ user, email }) {
        const allowed = await isActiveStaff(user.email);
        if (email?.verificationRequest) return allowed ? true : AUTH_PAGES.verifyRequest;
        return allowed;
      },
      async redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
    },
    events: {
      async signIn({ user }) {
        if (!user.email) return;
        await recordAuditEvent(db(), {
          actor: { id: user.id, email: user.email },
          action: "auth.signIn",
          targetType: "User",
          targetId: user.id,
          detail: "Signed in with an emailed link",
        });
      },
      // Our sign-out form records its own event; this covers next-auth's POST /api/auth/signout.
      async signOut({ session }) {
        const userId = (session as { userId?: string } | null)?.userId;
        const user = userId ? await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true } }) : null;
        if (!user) return;
        await recordAuditEvent(db(), { actor: user, action: "auth.signOut", targetType: "User", targetId: user.id, detail: "Signed out" });
      },
    },
    logger: {
      error: (code, metadata) => console.error(`[auth] ${code}`, metadata),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => undefined,
    },
  };
}
