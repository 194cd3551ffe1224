// Who is making this request. Every page, action and route handler asks here, and tests
// replace this one module (vi.mock("@/lib/auth/session")) to act as any role.
import "server-only";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { cache } from "react";
import { sessionCookie } from "./config";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  ACCESS_DENIED_TITLE,
  can,
  PERSONAL_DATA_PERMISSIONS,
  type Permission,
  type StaffPrincipal,
} from "@/lib/permissions/permissions";
import { findLiveSession } from "./session-store";

/** The browser's session token, if it sent one. */
export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookie().name)?.value ?? null;
}

/** The signed-in, active staff member, or null. Looked up once per request. */
export const getCurrentStaff = cache(async (): Promise<StaffPrincipal | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  return (await findLiveSession(token))?.staff ?? null;
});

/** Sets the session cookie (server actions and route handlers only). */
export async function setSessionCookie(sessionToken: string, expires: Date): Promise<void> {
  const { name, options } = sessionCookie();
  (await cookies()).set(name, sessionToken, { ...options, expires });
}

export async function clearSessionCookie(): Promise<void> {
  const { name, options } = sessionCookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

export function signInPath(returnTo: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`;
}

/**
 * For pages under /staff: an anonymous visitor is sent to sign in (and back to `returnTo`
 * afterwards); a signed-in member without `permission` gets the "no permission" page with
 * HTTP 403 (app/forbidden.tsx), and a refused attempt at personal data is audited, as refused
 * downloads are (issue #15). proxy.ts redirects too, but only on the cookie's presence, so
 * this is the check.
 */
export async function requireStaffForPage(returnTo: string, permission?: Permission): Promise<StaffPrincipal> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(signInPath(returnTo));
  if (permission && !can(staff.role, permission)) {
    if (PERSONAL_DATA_PERMISSIONS.includes(permission)) {
      await recordAuditEvent(db(), {
        actor: staff,
        action: "access.refused",
        targetType: "Page",
        detail: `${returnTo.split("?")[0]} (needs ${permission})`,
      });
    }
    // FORBIDDEN carries Next's 403 digest (lib/errors.ts): app/forbidden.tsx, with HTTP 403.
    throw new AppError("FORBIDDEN");
  }
  return staff;
}

/**
 * A staff page's metadata: its title, or the "no permission" title when the signed-in role
 * will be shown <AccessDenied />. `title: null` is for form pages, whose form sets the title.
 */
export async function staffPageMetadata(permission: Permission, title: string | null): Promise<Metadata> {
  const staff = await getCurrentStaff();
  return { title: staff && !can(staff.role, permission) ? ACCESS_DENIED_TITLE : title };
}
