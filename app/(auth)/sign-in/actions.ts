"use server";

// Asking for a sign-in link: open to anyone, because it is how staff get signed in.
import { headers } from "next/headers";
import { after } from "next/server";
import { createAction } from "@/lib/actions/create-action";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { requestSignInLink } from "@/lib/services/staff/request-sign-in-link";
import { ZSignInRequestSchema } from "@/lib/validation/auth";

export const requestSignInLinkAction = createAction({
  schema: ZSignInRequestSchema,
  permission: "anyone",
  handler: async (input) => {
    await requestSignInLink(input, { ip: clientIp(await headers()), defer: after });
  },
  // The same page whether or not the address has an account.
  redirectTo: () => "/check-your-email",
});
