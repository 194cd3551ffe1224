"use server";

// Coding event feedback points to themes (issue #8): choosing the question an event's points are
// coded against, and deciding the system's suggestions. Through the one action wrapper; the
// services check the permission again, audit and keep each change in one transaction.
import { createAction } from "@/lib/actions/create-action";
import { saveEventPointDecisions, setEventQuestion } from "@/lib/services/analysis/free-text/event-points";
import { ZEventPointReview, ZEventQuestion } from "@/lib/validation/event-themes";
import { eventsAnalysisPath } from "./paths";

export const eventQuestionAction = createAction({
  schema: ZEventQuestion,
  permission: "comment.code",
  handler: (input, { staff }) => setEventQuestion(staff, input),
  redirectTo: (out, input) =>
    `${eventsAnalysisPath(input.consultationId, input.eventId)}?done=question&suggested=${out.suggested}`,
});

export const eventPointReviewAction = createAction({
  schema: ZEventPointReview,
  permission: "comment.code",
  handler: (input, { staff }) => saveEventPointDecisions(staff, input),
  redirectTo: (out, input) =>
    `${eventsAnalysisPath(input.consultationId, input.eventId)}?done=saved&accepted=${out.accepted}&rejected=${out.rejected}&added=${out.added}`,
});
