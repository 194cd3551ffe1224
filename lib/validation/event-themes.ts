// Inputs of coding event feedback points to themes (issue #8): which open question's codebook an
// event's points are coded against, and the officer's decisions on the points' suggestions. The
// decisions form is the review queue's (decision-<id>, add-<pointId>), so its rules are shared.
import { z } from "@/lib/zod";
import { checkReviewFields, reviewFields, ZReviewDecisions } from "./themes";

const id = z.string().trim().min(1).max(60);

export const ZEventQuestion = z.object({
  consultationId: id,
  eventId: id,
  /** Blank: the event's points are not coded to themes. */
  questionKey: z.string().trim().max(130, "Select a question from the list"),
});
export type TEventQuestion = z.infer<typeof ZEventQuestion>;

export const ZEventPointDecisions = ZReviewDecisions.extend({ eventId: id });
export type TEventPointDecisions = z.output<typeof ZEventPointDecisions>;

/** The event coding form: `decision-<EventPointTheme id>` per suggestion and `add-<pointId>` per point. */
export const ZEventPointReview = z
  .object({ consultationId: id, questionKey: z.string().trim().min(1).max(130), eventId: id })
  .catchall(z.string())
  .superRefine((form, ctx) => checkReviewFields(form, ctx, "point"))
  .transform(({ consultationId, questionKey, eventId, ...rest }) => ({
    consultationId,
    questionKey,
    eventId,
    ...reviewFields(rest),
  }))
  .pipe(ZEventPointDecisions);
