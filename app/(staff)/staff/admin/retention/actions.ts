"use server";

// Retention settings and legal holds (issue #21, settings.manage). Each writes one audit event.
import { createAction } from "@/lib/actions/create-action";
import { liftLegalHold, setLegalHold } from "@/lib/services/retention/legal-hold";
import { saveRetentionSettings } from "@/lib/services/retention/retention-settings";
import { ZLegalHold, ZLegalHoldLift, ZRetentionSettings } from "@/lib/validation/retention";

export const saveRetentionSettingsAction = createAction({
  schema: ZRetentionSettings,
  permission: "settings.manage",
  handler: (input, { staff }) => saveRetentionSettings(staff, input),
  redirectTo: () => "/staff/admin/retention?done=saved",
});

export const setLegalHoldAction = createAction({
  schema: ZLegalHold,
  permission: "settings.manage",
  handler: (input, { staff }) => setLegalHold(staff, input),
  redirectTo: (outcome) => `/staff/admin/retention/hold/${encodeURIComponent(outcome.id)}?done=held`,
});

export const liftLegalHoldAction = createAction({
  schema: ZLegalHoldLift,
  permission: "settings.manage",
  handler: (input, { staff }) => liftLegalHold(staff, input),
  redirectTo: (outcome) => `/staff/admin/retention/hold/${encodeURIComponent(outcome.id)}?done=lifted`,
});
