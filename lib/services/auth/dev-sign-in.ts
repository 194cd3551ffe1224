// Development and test shortcut: sign in as a seeded account without email. Refused outright
// when NODE_ENV is production, whatever else is configured.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createSessionFor } from "@/lib/auth/session-store";

export function isDevSignInAvailable(): boolean {
  return env().NODE_ENV !== "production";
}

/** A new session for an active account, or null (unknown, deactivated, or production). */
export async function devSignIn(email: string): Promise<{ sessionToken: string; expires: Date } | null> {
  if (!isDevSignInAvailable()) return null;
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, active: true },
  });
  if (!user?.active) return null;
  const session = await createSessionFor(user.id);
  await recordAuditEvent(db(), {
    actor: user,
    action: "auth.signIn",
    targetType: "User",
    targetId: user.id,
    detail: "Signed in with the development shortcut",
  });
  return session;
}
