// Inputs of the free-text themes work (issue #9 part 4): codebook edits, review decisions,
// quote stars and "You said, we did". One schema each, shared by the forms and the services.
import { z } from "@/lib/zod";

const id = z.string().trim().min(1).max(60);
const codeName = z
  .string()
  .trim()
  .min(1, "Enter a name for the theme")
  .max(120, "Theme name must be 120 characters or fewer");
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
  seed: z.coerce
    .number()
    .int("Enter a whole number for the seed")
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});

const target = { consultationId: id, questionKey: z.string().trim().min(1).max(130) };

export const ZCodebookEdit = z.discriminatedUnion("op", [
  z.object({
    ...target,
    op: z.literal("acceptCandidate"),
    runId: id,
    candidate: z.coerce.number().int().min(0, "Select a candidate theme"),
  }),
  z.object({ ...target, op: z.literal("addCode"), name: codeName, description: codeDescription }),
  z.object({ ...target, op: z.literal("editCode"), codeId: id, name: codeName, description: codeDescription }),
  z.object({
    ...target,
    op: z.literal("mergeCodes"),
    codeId: id,
    fromCodeId: z.string().trim().min(1, "Select the theme to merge in").max(60),
  }),
  z.object({ ...target, op: z.literal("splitCode"), codeId: id }),
  z.object({
    ...target,
    op: z.literal("pinExamples"),
    codeId: id,
    answerIds: z.array(id).max(20, "Pin at most 20 examples"),
  }),
  z.object({ ...target, op: z.literal("retireCode"), codeId: id }),
  z.object({ ...target, op: z.literal("pinExample"), codeId: id, answerId: id, pinned: z.boolean() }),
]);
export type TCodebookEdit = z.infer<typeof ZCodebookEdit>;

/**
 * The theme page's pin buttons: each comment's button posts `pin=<answerId>` or
 * `unpin=<answerId>`, so one form serves every comment on the page.
 */
export const ZPinExampleForm = z
  .object({ ...target, codeId: id, pin: id.optional(), unpin: id.optional() })
  .refine((v) => Boolean(v.pin) !== Boolean(v.unpin), {
    path: ["examples"],
    message: "Choose one comment to pin or unpin",
  })
  .transform(({ pin, unpin, ...rest }) => ({
    ...rest,
    op: "pinExample" as const,
    answerId: (pin ?? unpin) as string,
    pinned: Boolean(pin),
  }));

export const ZReviewDecision = z.object({
  assignmentId: id,
  decision: z.enum(["ACCEPTED", "REJECTED"], { error: "Choose accept or reject" }),
});
/** A suggestion this sure (see assignment.ts "confidence") may be bulk-accepted on its own. */
export const HIGH_CONFIDENCE = 0.5;
export const ZBulkAccept = z.object({
  ...target,
  codeId: z.string().trim().min(1, "Select a theme").max(60),
  confidence: z.enum(["all", "high"], { error: "Choose which suggestions to accept" }).default("all"),
});
export const ZAddAssignment = z.object({
  ...target,
  answerId: id,
  codeId: z.string().trim().min(1, "Select a theme").max(60),
});
export const ZQuoteStar = z.object({ answerId: id, starred: z.boolean() });

const answerIdList = z
  .string()
  .max(20_000)
  .transform((v) =>
    v
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(id).min(1, "There are no quotes on this page to star").max(200));

/** The stars an officer leaves on the quotes shown for one theme (the ticked ones are starred). */
export const ZQuoteStarsData = z
  .object({
    ...target,
    codeId: id,
    shown: z.array(id).min(1, "There are no quotes on this page to star").max(200),
    starred: z.array(id).max(200),
  })
  .refine((v) => v.starred.every((a) => v.shown.includes(a)), {
    path: ["starred"],
    message: "Star only quotes shown on the page",
  });
export type TQuoteStars = z.output<typeof ZQuoteStarsData>;

/**
 * The quote-star form of one theme: `shown` lists the answers on the page and each ticked
 * box posts `star-<answerId>`, so unticking a box unstars it.
 */
export const ZQuoteStars = z
  .object({ ...target, codeId: id, shown: answerIdList })
  .catchall(z.string())
  .transform(({ consultationId, questionKey, codeId, shown, ...rest }) => ({
    consultationId,
    questionKey,
    codeId,
    shown,
    starred: shown.filter((a) => typeof rest[`star-${a}`] === "string"),
  }))
  .pipe(ZQuoteStarsData);

export const REVIEW_DECISIONS = ["ACCEPTED", "REJECTED"] as const;
/** The review form's third choice: decide later (the suggestion stays in the queue). */
export const LEAVE = "LEAVE";
const decided = (key: string, value: string) => key.startsWith("decision-") && value !== "" && value !== LEAVE;

/** Decisions on one page of the review queue, as the service takes them. */
export const ZReviewDecisions = z.object({
  ...target,
  decisions: z.array(z.object({ assignmentId: id, decision: z.enum(REVIEW_DECISIONS) })).max(500),
  additions: z.array(z.object({ answerId: id, codeId: id })).max(500),
});
export type TReviewBatch = z.output<typeof ZReviewDecisions>;

/** Checks a review form's `decision-*` and `add-*` fields; `noun` names what is coded ("comment", "point"). */
export function checkReviewFields(form: Record<string, string>, ctx: z.RefinementCtx, noun: string): void {
  for (const [key, value] of Object.entries(form)) {
    if (decided(key, value) && !(REVIEW_DECISIONS as readonly string[]).includes(value)) {
      ctx.addIssue({ code: "custom", path: [key], message: "Choose accept, reject or leave for now" });
    }
  }
  const chosen = Object.entries(form).some(([k, v]) => decided(k, v) || (k.startsWith("add-") && v.trim() !== ""));
  if (!chosen)
    ctx.addIssue({
      code: "custom",
      path: ["queue"],
      message: `Accept or reject at least one suggestion, or add a theme to a ${noun}`,
    });
}

/** The decisions and additions a review form posted (see ZReviewBatch). */
export function reviewFields(form: Record<string, string>): Pick<TReviewBatch, "decisions" | "additions"> {
  return {
    decisions: Object.entries(form)
      .filter(([k, v]) => decided(k, v))
      .map(([k, v]) => ({
        assignmentId: k.slice("decision-".length),
        decision: v as (typeof REVIEW_DECISIONS)[number],
      })),
    additions: Object.entries(form)
      .filter(([k, v]) => k.startsWith("add-") && v.trim() !== "")
      .map(([k, v]) => ({ answerId: k.slice("add-".length), codeId: v.trim() })),
  };
}

/**
 * One page of the review queue as a form: each suggestion posts `decision-<assignmentId>`
 * (accept, reject, or LEAVE or blank to decide later) and each answer may post `add-<answerId>`, a theme to
 * add. Rejecting a suggestion and adding another theme is how an officer changes it.
 */
export const ZReviewBatch = z
  .object(target)
  .catchall(z.string())
  .superRefine((form, ctx) => checkReviewFields(form, ctx, "comment"))
  .transform(({ consultationId, questionKey, ...rest }) => ({ consultationId, questionKey, ...reviewFields(rest) }))
  .pipe(ZReviewDecisions);

/** How a "You said, we did" entry names the theme it answers: codes are numbered per codebook. */
export const themeRef = (codebookId: string, codeId: string) => `${codebookId}:${codeId}`;

export const ZYouSaidWeDid = z.object({
  consultationId: id,
  entryId: id.optional(),
  codeId: id.optional(),
  theme: z.string().trim().min(1, "Enter the theme").max(200, "Theme must be 200 characters or fewer"),
  youSaid: z
    .string()
    .trim()
    .min(1, "Enter what people said")
    .max(2000, "What people said must be 2,000 characters or fewer"),
  weDid: z
    .string()
    .trim()
    .min(1, "Enter the council's response")
    .max(2000, "The council's response must be 2,000 characters or fewer"),
  changed: z
    .string()
    .trim()
    .min(1, "Enter what changed, or say that nothing changed and why")
    .max(2000, "What changed must be 2,000 characters or fewer"),
});
export type TYouSaidWeDidInput = z.infer<typeof ZYouSaidWeDid>;

export const SEARCH_PAGE_SIZE = 25;

export const ZFreeTextSearch = z.object({
  consultationId: id,
  q: z
    .string()
    .trim()
    .min(2, "Enter at least 2 characters to search for")
    .max(100, "Search must be 100 characters or fewer"),
  // A page past the end shows the last page; a bad page number shows the first (links are built by the page).
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
