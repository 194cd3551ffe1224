"use server";

// Officer actions on consultations (issue #4). Each checks its permission through createAction
// and its service writes exactly one audit event in the same transaction as the change.
import { createAction } from "@/lib/actions/create-action";
import {
  closeConsultationEarly,
  extendConsultation,
  publishConsultation,
} from "@/lib/services/consultations/lifecycle-actions";
import { addEvent, removeEvent } from "@/lib/services/consultations/events";
import { publishOutcome, saveOutcome } from "@/lib/services/consultations/outcome";
import {
  createConsultation,
  duplicateConsultation,
  updateConsultation,
} from "@/lib/services/consultations/save-consultation";
import {
  ZCloseEarlySchema,
  ZConsultationEditSchema,
  ZConsultationIdSchema,
  ZConsultationSchema,
  ZEventRemoveSchema,
  ZEventSchema,
  ZExtendSchema,
  ZOutcomeSchema,
  ZPublishSchema,
} from "@/lib/validation/consultation";

const page = (id: string, done?: string) =>
  `/staff/consultations/${encodeURIComponent(id)}${done ? `?done=${done}` : ""}`;

export const createConsultationAction = createAction({
  schema: ZConsultationSchema,
  permission: "consultation.create",
  handler: (input, { staff }) => createConsultation(staff, input),
  redirectTo: (out) => page(out.id, "created"),
});

export const updateConsultationAction = createAction({
  schema: ZConsultationEditSchema,
  permission: "consultation.edit",
  handler: ({ consultationId, ...input }, { staff }) => updateConsultation(staff, consultationId, input),
  redirectTo: (out) => page(out.id, "saved"),
});

export const duplicateConsultationAction = createAction({
  schema: ZConsultationIdSchema,
  permission: "consultation.create",
  handler: (input, { staff }) => duplicateConsultation(staff, input.consultationId),
  redirectTo: (out) => `${page(out.id)}/edit`,
});

export const publishConsultationAction = createAction({
  schema: ZPublishSchema,
  permission: "consultation.publish",
  handler: (input, { staff }) => publishConsultation(staff, input),
  redirectTo: (out) => page(out.id, "published"),
});

export const extendConsultationAction = createAction({
  schema: ZExtendSchema,
  permission: "consultation.publish",
  handler: (input, { staff }) => extendConsultation(staff, input),
  redirectTo: (out) => page(out.id, "extended"),
});

export const closeConsultationEarlyAction = createAction({
  schema: ZCloseEarlySchema,
  permission: "consultation.publish",
  handler: (input, { staff }) => closeConsultationEarly(staff, input),
  redirectTo: (out) => page(out.id, "closed"),
});

export const saveOutcomeAction = createAction({
  schema: ZOutcomeSchema,
  permission: "outcome.edit",
  handler: (input, { staff }) => saveOutcome(staff, input),
  redirectTo: (out) => `${page(out.id)}/outcome?done=saved`,
});

export const publishOutcomeAction = createAction({
  schema: ZConsultationIdSchema,
  permission: "outcome.publish",
  handler: (input, { staff }) => publishOutcome(staff, input),
  redirectTo: (out) => page(out.id, "outcome"),
});

export const addEventAction = createAction({
  schema: ZEventSchema,
  permission: "consultation.edit",
  handler: (input, { staff }) => addEvent(staff, input),
  redirectTo: (out) => `${page(out.id)}/events?done=added`,
});

export const removeEventAction = createAction({
  schema: ZEventRemoveSchema,
  permission: "consultation.edit",
  handler: (input, { staff }) => removeEvent(staff, input),
  redirectTo: (out) => `${page(out.id)}/events?done=removed`,
});
