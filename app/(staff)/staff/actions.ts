"use server";

// Signing out: any staff member, for their own session.
import { z } from "@/lib/zod";
import { createAction } from "@/lib/actions/create-action";
import { clearSessionCookie, currentSessionToken } from "@/lib/auth/session";
import { signOutStaff } from "@/lib/services/staff/sign-out-staff";

export const signOutAction = createAction({
  schema: z.object({}),
  permission: "signedIn",
  handler: async (_input, { staff }) => {
    await signOutStaff(staff, await currentSessionToken());
    await clearSessionCookie();
  },
  redirectTo: () => "/signed-out",
});
