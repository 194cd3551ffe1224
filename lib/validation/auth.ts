// Inputs to the sign-in journey. One schema per input, re-checked on the server.
import { z } from "@/lib/zod";

/**
 * A staff email address, trimmed and lower-cased as stored on User.email. `whose` words the
 * messages for the person filling in the form ("your" on sign-in, "their" on invitations).
 */
export function zStaffEmail(whose: "your" | "their") {
  const missing = `Enter ${whose} email address`;
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(254, { error: "Email address must be 254 characters or fewer" })
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" }))
    .transform((email) => email.toLowerCase());
}

/** Only paths inside the staff area survive, so a link cannot send anyone elsewhere. */
const STAFF_PATH = /^\/staff(?:\/[\w\-/]*)?(?:\?[\w\-=&%.]*)?$/;

const zStaffCallbackUrl = z
  .string()
  .optional()
  .transform((value) => (value && STAFF_PATH.test(value) ? value : "/staff"));

export const ZSignInRequestSchema = z.object({
  email: zStaffEmail("your"),
  callbackUrl: zStaffCallbackUrl,
});

export type TSignInRequest = z.infer<typeof ZSignInRequestSchema>;

/** "Sign in with your … account": only where to land afterwards. */
export const ZOidcSignInStartSchema = z.object({ callbackUrl: zStaffCallbackUrl });

export type TOidcSignInStart = z.infer<typeof ZOidcSignInStartSchema>;
