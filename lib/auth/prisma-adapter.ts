// The next-auth adapter over our one PrismaClient. @next-auth/prisma-adapter targets the old
// generated client; Prisma 7's prisma-client generator needs this small one. It only covers
// what the email provider, the OpenID Connect provider and database sessions use: staff
// accounts are created by invitation or by lib/services/staff/oidc-admission.ts (which also
// binds the provider's subject) before next-auth looks them up, so there is no createUser
// or linkAccount.
import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { hashSessionToken } from "./session-store";

type UserRow = { id: string; email: string; name: string | null; emailVerified: Date | null };

const toAdapterUser = (user: UserRow | null): AdapterUser | null =>
  user && { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };

const userSelect = { id: true, email: true, name: true, emailVerified: true } as const;

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

export function prismaAdapter(): Adapter {
  return {
    async getUser(id) {
      return toAdapterUser(await db().user.findUnique({ where: { id }, select: userSelect }));
    },
    async getUserByEmail(email) {
      return toAdapterUser(await db().user.findUnique({ where: { email: email.toLowerCase() }, select: userSelect }));
    },
    // After oidc-admission has bound the subject, next-auth finds the account here.
    async getUserByAccount({ provider, providerAccountId }) {
      const row = await db().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: { ...userSelect, active: true } } },
      });
      return row?.user.active ? toAdapterUser(row.user) : null;
    },
    // next-auth calls this only to stamp emailVerified after a link is used.
    async updateUser({ id, emailVerified }) {
      const user = await db().user.update({ where: { id }, data: { emailVerified }, select: userSelect });
      return toAdapterUser(user) as AdapterUser;
    },
    async createSession({ sessionToken, userId, expires }) {
      await db().session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires } });
      return { sessionToken, userId, expires };
    },
    // A deactivated account has no session, even if a row survived: checked on every lookup.
    async getSessionAndUser(sessionToken) {
      const hashed = hashSessionToken(sessionToken);
      const row = await db().session.findUnique({
        where: { sessionToken: hashed },
        include: { user: { select: { ...userSelect, active: true } } },
      });
      if (!row) return null;
      if (!row.user.active) {
        await db().session.deleteMany({ where: { sessionToken: hashed } });
        return null;
      }
      const session: AdapterSession = { sessionToken, userId: row.userId, expires: row.expires };
      return { session, user: toAdapterUser(row.user) as AdapterUser };
    },
    async updateSession({ sessionToken, expires }) {
      if (!expires) return null;
      await db().session.updateMany({ where: { sessionToken: hashSessionToken(sessionToken) }, data: { expires } });
      return null;
    },
    // Returns the ended session so next-auth's signOut event can name who signed out.
    async deleteSession(sessionToken) {
      const hashed = hashSessionToken(sessionToken);
      const row = await db().session.findUnique({
        where: { sessionToken: hashed },
        select: { userId: true, expires: true },
      });
      await db().session.deleteMany({ where: { sessionToken: hashed } });
      return row && { sessionToken, userId: row.userId, expires: row.expires };
    },
    async createVerificationToken(token) {
      await db().verificationToken.create({ data: token });
      return token;
    },
    // Deleting is what makes a link single-use: of two simultaneous clicks, one delete wins.
    async useVerificationToken({ token }) {
      try {
        return await db().verificationToken.delete({ where: { token } });
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}
