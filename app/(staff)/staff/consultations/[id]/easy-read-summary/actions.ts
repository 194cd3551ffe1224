"use server";

// Saving the consultation's Easy Read summary (issue #7): consultation.edit, audited by the service.
import { createAction } from "@/lib/actions/create-action";
import { saveEasyReadSummary } from "@/lib/services/easy-read/summary";
import { ZEasyReadSummaryForm } from "@/lib/validation/easy-read-summary";

export const saveEasyReadSummaryAction = createAction({
  schema: ZEasyReadSummaryForm,
  permission: "consultation.edit",
  handler: ({ consultationId, summary }, { staff }) => saveEasyReadSummary(staff, consultationId, summary),
  redirectTo: (out) => `/staff/consultations/${encodeURIComponent(out.id)}/easy-read-summary?done=saved`,
});
