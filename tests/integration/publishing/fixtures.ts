// Consultations in each lifecycle state, for the publishing integration tests and the
// authorisation table. Dates are relative to the real clock, which these tests do not move.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const DAY = 86_400_000;
let counter = 0;

export type TFixtureState = "draft" | "ready" | "open" | "closed" | "closedWithOutcome";

export const uniqueSlug = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}`;

/** A valid create/edit form submission (all strings, as a browser posts it). */
export function consultationForm(
  slug: string,
  opens = new Date(Date.now() + 7 * DAY),
  weeks = 12,
): Record<string, string> {
  const closes = new Date(opens.getTime() + weeks * 7 * DAY);
  const parts = (prefix: string, d: Date) => ({
    [`${prefix}-day`]: String(d.getUTCDate()),
    [`${prefix}-month`]: String(d.getUTCMonth() + 1),
    [`${prefix}-year`]: String(d.getUTCFullYear()),
  });
  return {
    title: "Short breaks for disabled children",
    slug,
    summary: "We want your views on how we plan short breaks.",
    body: "## The plan\n\nWe plan to change how short breaks work.",
    reasons: "Families told us breaks are hard to book.",
    proposals: "Book online\nA new booking system.\n\nMore holiday clubs\nMore places in the school holidays.",
    topics: "Booking\nHoliday clubs",
    "audience-PARENTS_CARERS": "yes",
    isServiceChange: "no",
    referencePrefix: "SB",
    contactRole: "Short Breaks Team",
    contactEmail: "shortbreaks@council.example",
    privacyNotice: "We use your response only for this consultation.",
    keyDecision: "no",
    ...parts("opens", opens),
    ...parts("closes", closes),
  };
}

export async function makeConsultation(
  db: PrismaClient,
  state: TFixtureState,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  const now = Date.now();
  const [opensAt, closesAt] =
    state === "closed" || state === "closedWithOutcome"
      ? [new Date(now - 90 * DAY), new Date(now - DAY)]
      : state === "open"
        ? [new Date(now - DAY), new Date(now + 90 * DAY)]
        : [new Date(now + DAY), new Date(now + 90 * DAY)];
  const slug = uniqueSlug(state.toLowerCase());
  const c = await db.consultation.create({
    data: {
      slug,
      title: `Fixture ${slug}`,
      summary: "A summary.",
      body: "Body.",
      reasons: "Reasons.",
      stage: state === "draft" || state === "ready" ? "DRAFT" : "PUBLISHED",
      opensAt,
      closesAt,
      contactRole: "Team",
      contactEmail: "team@council.example",
      privacyNotice: "Privacy.",
      ...(state === "closedWithOutcome"
        ? {
            outcomeDecision: "We decided.",
            outcomeSummary: "You said.",
            outcomeChanges: "We changed.",
            outcomeDecidedAt: new Date(now - DAY),
          }
        : {}),
      ...overrides,
    },
    select: { id: true, slug: true },
  });
  if (state !== "draft") {
    await db.questionnaire.create({
      data: {
        consultationId: c.id,
        format: "STANDARD",
        draft: {},
        versions: { create: { number: 1, definition: {} } },
      },
    });
  }
  return c;
}
