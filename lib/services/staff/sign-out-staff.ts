// Signing out ends the session on the server (its row is deleted), not just in the browser.
import "server-only";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { deleteSession } from "@/lib/auth/session-store";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export async function signOutStaff(staff: StaffPrincipal, sessionToken: string | null): Promise<void> {
  if (sessionToken) await deleteSession(sessionToken);
  await recordAuditEvent(db(), {
    actor: staff,
    action: "auth.signOut",
    targetType: "User",
    targetId: staff.id,
    detail: "Signed out",
  });
}
