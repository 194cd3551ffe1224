// Schemas for the officer's consultation forms (issue #4). The browser form (through
// react-hook-form's zodResolver) and the server action parse with the same schema.
import { z } from "@/lib/zod";
import { slugFromTitle } from "@/lib/text/slug";
import { dateFieldShape, requireDate } from "./london-date-fields";

export const AUDIENCES = [
  ["PARENTS_CARERS", "Parents and carers"],
  ["CHILDREN_YOUNG_PEOPLE", "Children and young people"],
  ["ADULTS_USING_SERVICES", "Adults using services"],
  ["CARERS", "Carers"],
  ["PROFESSIONALS", "Professionals"],
  ["PROVIDERS", "Providers"],
  ["ORGANISATIONS", "Organisations"],
  ["COUNCILLORS", "Councillors"],
] as const;
export type TAudience = (typeof AUDIENCES)[number][0];
export const audienceLabel = (a: string) => AUDIENCES.find(([v]) => v === a)?.[1] ?? a;

const text = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`);
const required = (label: string, max: number) => text(max).min(1, `Enter ${label}`);
const optional = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : null));
const yesNo = z.enum(["yes", "no"], { error: "Select yes or no" });

const audienceShape = Object.fromEntries(AUDIENCES.map(([value]) => [`audience-${value}`, z.string().optional()]));

export const ZConsultationFieldsSchema = z.object({
  title: required("a title", 200),
  // Blank: made from the title (slugFromTitle), as the browser suggests while the officer types.
  slug: text(80).regex(
    /^([a-z0-9]+(-[a-z0-9]+)*)?$/,
    "Web address must only use lower-case letters, numbers and hyphens, like library-opening-hours-2027",
  ),
  summary: required("a short summary", 600),
  body: required("the full text of the consultation", 50_000),
  reasons: text(20_000).default(""),
  proposals: text(20_000).default(""),
  topics: text(2000).default(""),
  isServiceChange: yesNo,
  referencePrefix: text(6)
    .regex(/^[A-Z]{2,6}$/, "Reference prefix must be 2 to 6 capital letters")
    .default("HYS"),
  contactRole: optional(200),
  contactEmail: z
    .union([z.literal(""), z.email("Enter an email address in the correct format, like name@example.com")])
    .optional()
    .transform((v) => v || null),
  contactPhone: optional(50),
  contactAddress: optional(500),
  otherWaysToRespond: optional(5000),
  helpToTakePart: optional(5000),
  privacyNotice: optional(10_000),
  promotionNotes: optional(5000),
  decisionMaker: optional(200),
  keyDecision: yesNo,
  forwardPlanReference: optional(100),
  resultsExpectedText: optional(500),
  // Left out (older forms, the table tests): a new consultation is owned by its creator and an
  // edit keeps the owner. The server checks the person chosen (services/consultations/owners.ts).
  ownerId: optional(40),
  ...audienceShape,
  ...dateFieldShape("opens"),
  ...dateFieldShape("closes"),
  ...dateFieldShape("decision"),
});

/** Proposals are written one per paragraph: the first line is the title, the rest describes it. */
export function parseProposals(source: string): { title: string; description: string }[] {
  return source
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const [title, ...rest] = block.split("\n");
      return { title: title.trim().slice(0, 300), description: rest.join("\n").trim() };
    });
}

export const parseTopics = (source: string) =>
  [
    ...new Set(
      source
        .split("\n")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].slice(0, 30);

export const ZConsultationSchema = ZConsultationFieldsSchema.transform((values, ctx) => {
  const opensAt = requireDate(ctx, values as Record<string, string>, "opens", "Opening date", "start", true);
  const closesAt = requireDate(ctx, values as Record<string, string>, "closes", "Closing date", "end", true);
  const expectedDecisionDate =
    requireDate(ctx, values as Record<string, string>, "decision", "Expected decision date", "start", false) ?? null;
  if (opensAt && closesAt && closesAt <= opensAt)
    ctx.addIssue({ code: "custom", path: ["closes"], message: "Closing date must be after the opening date" });
  const slug = values.slug || slugFromTitle(values.title);
  if (!slug)
    ctx.addIssue({
      code: "custom",
      path: ["slug"],
      message: "Enter a web address: the title has no letters or numbers to make one from",
    });
  if (!opensAt || !closesAt || !slug) return z.NEVER;
  const audiences = AUDIENCES.map(([v]) => v).filter((v) =>
    Boolean((values as Record<string, unknown>)[`audience-${v}`]),
  );
  return {
    title: values.title,
    slug,
    summary: values.summary,
    body: values.body,
    reasons: values.reasons,
    proposals: parseProposals(values.proposals),
    topics: parseTopics(values.topics),
    audiences,
    isServiceChange: values.isServiceChange === "yes",
    referencePrefix: values.referencePrefix,
    contactRole: values.contactRole,
    contactEmail: values.contactEmail,
    contactPhone: values.contactPhone,
    contactAddress: values.contactAddress,
    otherWaysToRespond: values.otherWaysToRespond,
    helpToTakePart: values.helpToTakePart,
    privacyNotice: values.privacyNotice,
    promotionNotes: values.promotionNotes,
    decisionMaker: values.decisionMaker,
    keyDecision: values.keyDecision === "yes",
    forwardPlanReference: values.forwardPlanReference,
    resultsExpectedText: values.resultsExpectedText,
    ownerId: values.ownerId,
    expectedDecisionDate,
    opensAt,
    closesAt,
  };
});
export type TConsultationInput = z.output<typeof ZConsultationSchema>;

export const ZConsultationEditSchema = z.intersection(
  z.object({ consultationId: z.string().min(1) }),
  ZConsultationSchema,
);

const id = z.object({ consultationId: z.string().min(1, "Missing consultation") });

export const ZConsultationIdSchema = id;

export const ZPublishSchema = id.extend({ periodReason: optional(1000) });

export const ZExtendSchema = id.extend(dateFieldShape("closes")).transform((values, ctx) => {
  const closesAt = requireDate(ctx, values as Record<string, string>, "closes", "New closing date", "end", true);
  return closesAt ? { consultationId: String(values.consultationId), closesAt } : z.NEVER;
});

export const ZCloseEarlySchema = id.extend({ reason: required("the reason for closing early", 1000) });

export const ZOutcomeSchema = id
  .extend({
    outcomeDecision: required("the decision", 10_000),
    outcomeSummary: required("a summary of the responses", 20_000),
    outcomeChanges: required("what changed because of the responses", 20_000),
    ...dateFieldShape("decided"),
  })
  .transform((values, ctx) => {
    const outcomeDecidedAt = requireDate(
      ctx,
      values as Record<string, string>,
      "decided",
      "Date of the decision",
      "start",
      true,
    );
    if (!outcomeDecidedAt) return z.NEVER;
    const { consultationId, outcomeDecision, outcomeSummary, outcomeChanges } = values;
    return { consultationId, outcomeDecision, outcomeSummary, outcomeChanges, outcomeDecidedAt };
  });

export const ZSubscribeSchema = z.object({
  slug: z.string().min(1),
  email: z.email("Enter an email address in the correct format, like name@example.com").max(254),
});

/** The button on the emailed confirm link's page: the token travels in the POST body. */
export const ZConfirmSubscriptionSchema = z.object({ slug: z.string().min(1), token: z.string().min(1).max(200) });

/** An engagement event: date and 24-hour start time in UK time, place, access and booking. */
export const ZEventSchema = id
  .extend({
    title: required("the event name", 200),
    time: text(5).regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "Enter the start time as hours and minutes, like 18:30"),
    place: required("where the event is", 300),
    accessibilityNotes: optional(1000),
    booking: optional(500),
    ...dateFieldShape("starts"),
  })
  .transform((values, ctx) => {
    const day = requireDate(ctx, values as Record<string, string>, "starts", "Event date", "start", true);
    if (!day) return z.NEVER;
    const [hours, minutes] = String(values.time).split(":").map(Number);
    // The day starts at London midnight; adding wall-clock hours is exact except on the two
    // nights the clocks change, when no council event starts.
    const startsAt = new Date(day.getTime() + (hours * 60 + minutes) * 60_000);
    const { consultationId, title, place, accessibilityNotes, booking } = values;
    return {
      consultationId: String(consultationId),
      title: String(title),
      place: String(place),
      accessibilityNotes,
      booking,
      startsAt,
    };
  });
export type TEventInput = z.output<typeof ZEventSchema>;

export const ZEventRemoveSchema = id.extend({ eventId: z.string().min(1) });
