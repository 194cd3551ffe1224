"use server";

// The free-text themes screens' actions (issue #9 part 4). Each goes through the one action
// wrapper; the services check the permission again next to the data, write the audit row and
// keep each change in one transaction. After success the browser is sent back (post/redirect/get).
import { createAction } from "@/lib/actions/create-action";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { bulkAccept } from "@/lib/services/analysis/free-text/review-decisions";
import { saveReviewDecisions } from "@/lib/services/analysis/free-text/review-batch";
import { setQuoteStars } from "@/lib/services/analysis/free-text/quotes";
import { saveYouSaidWeDid } from "@/lib/services/analysis/free-text/you-said-we-did";
import {
  ZBulkAccept,
  ZCodebookEdit,
  ZPinExampleForm,
  ZQuoteStars,
  ZReviewBatch,
  ZRunThemes,
  ZYouSaidWeDid,
} from "@/lib/validation/themes";
import { rescoredQuery, themesPath } from "./paths";

export const runThemesAction = createAction({
  schema: ZRunThemes,
  permission: "comment.code",
  handler: (input, { staff }) => runThemes(staff, input),
  redirectTo: (_out, input) => `${themesPath(input.consultationId, input.questionKey)}?done=run`,
});

export const editCodebookAction = createAction({
  schema: ZCodebookEdit,
  permission: "comment.code",
  handler: (input, { staff }) => editCodebook(staff, input),
  // A renamed or described theme goes back to its own page; every other edit to the codebook.
  redirectTo: (out, input) =>
    input.op === "editCode" || input.op === "mergeCodes"
      ? `${themesPath(input.consultationId, input.questionKey, out.codeId)}?done=${input.op}`
      : `${themesPath(input.consultationId, input.questionKey)}?done=${input.op}`,
});

export const pinExampleAction = createAction({
  schema: ZPinExampleForm,
  permission: "comment.code",
  handler: (input, { staff }) => editCodebook(staff, input),
  redirectTo: (_out, input) =>
    `${themesPath(input.consultationId, input.questionKey, input.codeId)}?done=${input.pinned ? "pinned" : "unpinned"}#examples`,
});

export const reviewThemesAction = createAction({
  schema: ZReviewBatch,
  permission: "comment.code",
  handler: (input, { staff }) => saveReviewDecisions(staff, input),
  redirectTo: (out, input) =>
    `${themesPath(input.consultationId, input.questionKey)}/review?done=saved&accepted=${out.accepted}&rejected=${out.rejected}&added=${out.added}&${rescoredQuery(out.rescored)}`,
});

export const bulkAcceptAction = createAction({
  schema: ZBulkAccept,
  permission: "comment.code",
  handler: (input, { staff }) => bulkAccept(staff, input),
  redirectTo: (out, input) =>
    `${themesPath(input.consultationId, input.questionKey)}/review?done=bulk&accepted=${out.accepted}&${rescoredQuery(out.rescored)}`,
});

export const quoteStarsAction = createAction({
  schema: ZQuoteStars,
  permission: "comment.code",
  handler: (input, { staff }) => setQuoteStars(staff, input),
  redirectTo: (_out, input) => `${themesPath(input.consultationId, input.questionKey, input.codeId)}?done=stars`,
});

export const youSaidWeDidAction = createAction({
  schema: ZYouSaidWeDid,
  permission: "outcome.edit",
  handler: (input, { staff }) => saveYouSaidWeDid(staff, input),
  redirectTo: (_out, input) => `${themesPath(input.consultationId)}/you-said-we-did?done=saved`,
});
