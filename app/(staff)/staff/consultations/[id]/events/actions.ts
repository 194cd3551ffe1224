"use server";

// Recording what happened at an engagement event (issue #8, part 3): attendance, facilitator and
// feedback points. Audited by the service in the same transaction as the change.
import { createAction } from "@/lib/actions/create-action";
import { saveEventFeedback } from "@/lib/services/events/event-feedback";
import { ZEventFeedbackSchema } from "@/lib/validation/event-feedback";

export const saveEventFeedbackAction = createAction({
  schema: ZEventFeedbackSchema,
  permission: "response.enter",
  handler: (input, { staff }) => saveEventFeedback(staff, input),
  redirectTo: (_out, input) =>
    `/staff/consultations/${encodeURIComponent(input.consultationId)}/events/${encodeURIComponent(input.eventId)}?done=saved`,
});
