// Route handlers under the staff area check a permission the same way actions do:
// anonymous callers get 401 and the wrong role 403, as JSON, before the handler runs. A request
// from another website gets 403 first (lib/http/same-origin.ts).
import "server-only";
import { APP_ERRORS, isAppError } from "@/lib/errors";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can, PERSONAL_DATA_PERMISSIONS, type Permission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { getCurrentStaff } from "@/lib/auth/session";

type Handler<C> = (request: Request, context: C, staff: StaffPrincipal) => Promise<Response>;

const problem = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

export function withPermission<C>(
  permission: Permission,
  handler: Handler<C>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    const crossOrigin = crossOriginRefusal(request);
    if (crossOrigin) return problem(403, crossOrigin);
    const staff = await getCurrentStaff();
    if (!staff) return problem(401, APP_ERRORS.UNAUTHENTICATED.message);
    if (!can(staff.role, permission)) {
      // A refused attempt at personal data is recorded, as refused downloads are (issue #15).
      if (PERSONAL_DATA_PERMISSIONS.includes(permission)) {
        await recordAuditEvent(db(), {
          actor: staff,
          action: "access.refused",
          targetType: "Route",
          detail: `${new URL(request.url).pathname} (needs ${permission})`,
        });
      }
      return problem(403, APP_ERRORS.FORBIDDEN.message);
    }
    try {
      return await handler(request, context, staff);
    } catch (error) {
      if (isAppError(error)) return problem(error.status, error.message);
      console.error("[route] unexpected error", error);
      return problem(500, "Sorry, there is a problem with the service. Try again later.");
    }
  };
}
