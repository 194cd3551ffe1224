// Inputs of the free-text themes work (issue #9 part 4): codebook edits, review decisions,
// quote stars and "You said, we did". One schema each, shared by the forms and the services.
import { z } from "zod";

const id = z.string().trim().min(1).max(60);
const codeName = z.string().trim().min(1, "Enter a name for the theme").max(120, "Theme name must be 120 characters or fewer");
const codeDescription = z.string().trim().max(1000, "Description must be 1,000 characters or fewer");

/** A code as stored in a CodebookVersion. Examples are answer ids (their redacted text is used). */
export const ZStoredCode = z.object({
  id,
  name: z.string(),
  description: z.string(),
  examples: z.array(z.string()),
  origin: z.enum(["CANDIDATE", "MANUAL", "FALLBACK"]),
  fallback: z.enum(["other", "no-reason"]).optional(),
});
export type TStoredCode = z.infer<typeof ZStoredCode>;
export const ZStoredCodes = z.array(ZStoredCode);

export const ZRunThemes = z.object({
  consultationId: id,
  questionKey: z.string().trim().min(1, "Select a question").max(130),
  seed: z.coerce.number().int("Enter a whole number for the seed").min(0).max(2 ** 31 - 1).default(1),
});

const target = { consultationId: id, questionKey: z.string().trim().min(1).max(130) };

export const ZCodebookEdit = z.discriminatedUnion("op", [
  z.object({ ...target, op: z.literal("acceptCandidate"), runId: id, candidate: z.coerce.number().int().min(0, "Select a candidate theme") }),
  z.object({ ...target, op: z.literal("addCode"), name: codeName, description: codeDescription }),
  z.object({ ...target, op: z.literal("editCode"), codeId: id, name: codeName, description: codeDescription }),
  z.object({ ...target, op: z.literal("mergeCodes"), codeId: id, fromCodeId: z.string().trim().min(1, "Select the theme to merge in").max(60) }),
  z.object({ ...target, op: z.literal("splitCode"), codeId: id }),
  z.object({ ...target, op: z.literal("pinExamples"), codeId: id, answerIds: z.array(id).max(20, "Pin at most 20 examples") }),
]);
export type TCodebookEdit = z.infer<typeof ZCodebookEdit>;

export const ZReviewDecision = z.object({ assignmentId: id, decision: z.enum(["ACCEPTED", "REJECTED"], { error: "Choose accept or reject" }) });
export const ZBulkAccept = z.object({ ...target, codeId: id });
export const ZAddAssignment = z.object({ ...target, answerId: id, codeId: z.string().trim().min(1, "Select a theme").max(60) });
export const ZQuoteStar = z.object({ answerId: id, starred: z.coerce.boolean() });

export const ZYouSaidWeDid = z.object({
  consultationId: id,
  entryId: id.optional(),
  codeId: id.optional(),
  theme: z.string().trim().min(1, "Enter the theme").max(200, "Theme must be 200 characters or fewer"),
  youSaid: z.string().trim().min(1, "Enter what people said").max(2000, "What people said must be 2,000 characters or fewer"),
  weDid: z.string().trim().min(1, "Enter the council's response").max(2000, "The council's response must be 2,000 characters or fewer"),
  changed: z.string().trim().min(1, "Enter what changed, or say that nothing changed and why").max(2000, "What changed must be 2,000 characters or fewer"),
});
export type TYouSaidWeDidInput = z.infer<typeof ZYouSaidWeDid>;

export const ZFreeTextSearch = z.object({
  consultationId: id,
  q: z.string().trim().min(2, "Enter at least 2 characters to search for").max(100, "Search must be 100 characters or fewer"),
});
