"use server";

// Public: ask for an email when the outcome is published, and confirm the address. No account;
// the emailed token is what guards confirming, and the service never reveals whether an
// address already subscribed.
import { headers } from "next/headers";
import { createAction } from "@/lib/actions/create-action";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { confirmSubscription, subscribeToOutcome } from "@/lib/services/subscriptions/subscriptions";
import { ZConfirmSubscriptionSchema, ZSubscribeSchema } from "@/lib/validation/consultation";

export const subscribeToOutcomeAction = createAction({
  schema: ZSubscribeSchema,
  permission: "anyone",
  handler: async (input) => subscribeToOutcome(input, { ip: clientIp(await headers()) }),
  redirectTo: (out) => `/consultations/${out.slug}/updates?sent=1`,
});

export const confirmSubscriptionAction = createAction({
  schema: ZConfirmSubscriptionSchema,
  permission: "anyone",
  handler: async ({ slug, token }) => {
    const confirmed = await confirmSubscription(slug, token);
    if (!confirmed)
      throw new AppError(
        "NOT_FOUND",
        "This link has not worked. It may be out of date or already used to stop updates.",
      );
    return { slug };
  },
  // The token stays out of the address of the page that says it worked.
  redirectTo: (out) => `/consultations/${encodeURIComponent(out.slug)}/updates/confirm?confirmed=1`,
});
