// The one server-action wrapper (ARCHITECTURE.md "One action wrapper"):
// session → permission → zod → service → { ok: true, data } | { ok: false, … }.
// Permission comes before parsing so a caller without it learns nothing about the input.
import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentStaff } from "@/lib/auth/session";
import { can, type Permission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { APP_ERRORS, isAppError } from "@/lib/errors";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/text/control-characters";
import type { ActionFailure, ServerAction } from "./action-result";
import { lastValues } from "@/lib/http/posted-form";

/**
 * "signedIn": any staff member (signing out). "anyone": no account needed, for the one
 * action that exists to get an account signed in (asking for a sign-in link).
 */
export type ActionPermission = Permission | "signedIn" | "anyone";

export type ActionContext<P extends ActionPermission> = {
  staff: P extends "anyone" ? StaffPrincipal | null : StaffPrincipal;
};

export type ActionDefinition<S extends z.ZodType, T, P extends ActionPermission> = {
  schema: S;
  permission: P;
  handler: (input: z.output<S>, context: ActionContext<P>) => Promise<T>;
  /** Where to send the browser after success (post/redirect/get), if anywhere. */
  redirectTo?: (data: T, input: z.output<S>) => string;
};

const GENERIC_ERROR = "Sorry, there is a problem with the service. Try again later.";

function failure(
  status: number,
  values: Record<string, string>,
  formError?: string,
  fieldErrors: ActionFailure["fieldErrors"] = {},
): ActionFailure {
  return { ok: false, status, formError, fieldErrors, values };
}

function refusal(permission: ActionPermission, staff: StaffPrincipal | null): 401 | 403 | null {
  if (permission === "anyone") return null;
  if (!staff) return 401;
  if (permission !== "signedIn" && !can(staff.role, permission)) return 403;
  return null;
}

/** A post our own forms never send (crafted bound arguments, no body): said plainly, not a crash. */
const UNREADABLE = "This form could not be read. Reload the page and try again.";

export function createAction<S extends z.ZodType, T, P extends ActionPermission>(
  definition: ActionDefinition<S, T, P>,
): ServerAction<T> {
  return async (_previous, formData) => {
    if (!(formData instanceof FormData)) return failure(400, {}, UNREADABLE);
    const values = lastValues(formData);
    const staff = await getCurrentStaff();
    const refused = refusal(definition.permission, staff);
    if (refused === 401) return failure(401, values, "Your session has ended. Sign in again to continue.");
    if (refused === 403) return failure(403, values, APP_ERRORS.FORBIDDEN.message);
    // Every text input, whatever its schema: a NUL byte is refused by PostgreSQL, and no control
    // character is something a person meant to type (issue #15).
    const controlled = Object.keys(values).filter((key) => hasControlCharacters(values[key]));
    if (controlled.length > 0)
      return failure(
        400,
        values,
        undefined,
        Object.fromEntries(controlled.map((key) => [key, [CONTROL_CHARACTER_MESSAGE]])),
      );
    const parsed = definition.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return failure(400, values, undefined, fieldErrors);
    }
    let data: T;
    try {
      data = await definition.handler(parsed.data, { staff } as ActionContext<P>);
    } catch (error) {
      // An error about one field shows beside that field, not again at the top.
      if (isAppError(error))
        return failure(error.status, values, error.fieldErrors ? undefined : error.message, error.fieldErrors);
      console.error("[action] unexpected error", error);
      return failure(500, values, GENERIC_ERROR);
    }
    // Outside the try: redirect() works by throwing, and that must reach Next.js.
    if (definition.redirectTo) redirect(definition.redirectTo(data, parsed.data));
    return { ok: true, data };
  };
}
