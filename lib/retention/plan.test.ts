import { describe, expect, it } from "vitest";
import {
  addMonths,
  describeCounts,
  dueSteps,
  emptyCounts,
  nextDailyRun,
  planConsultation,
  upcomingSteps,
  type TConsultationFacts,
} from "./plan";
import { privacyNotice } from "./privacy-notice";
import { RETENTION_DEFAULTS, describeChanges } from "./settings";

const d = (iso: string) => new Date(iso);
const consultation = (over: Partial<TConsultationFacts> = {}): TConsultationFacts => ({
  id: "c1",
  title: "Short breaks",
  stage: "PUBLISHED",
  opensAt: d("2026-01-05T00:00:00Z"),
  closesAt: d("2026-03-30T23:00:00Z"),
  closedEarlyAt: null,
  outcomePublishedAt: null,
  legalHoldReason: null,
  done: {},
  ...over,
});
const dueOf = (c: TConsultationFacts, settings = RETENTION_DEFAULTS) =>
  Object.fromEntries(planConsultation(c, settings).map((s) => [s.step, s.dueAt.toISOString().slice(0, 10)]));

describe("the retention plan", () => {
  it("counts from the outcome's publication: contacts and files 6 months on, drafts 30 days after closing", () => {
    expect(dueOf(consultation({ stage: "OUTCOME_PUBLISHED", outcomePublishedAt: d("2026-06-10T09:00:00Z") }))).toEqual({
      drafts: "2026-04-29",
      equality: "2026-06-10",
      freeText: "2026-06-10",
      contacts: "2026-12-10",
      files: "2026-12-10",
    });
  });

  it("treats a consultation with no outcome as ended 12 months after it closed (early close included)", () => {
    expect(dueOf(consultation({ closedEarlyAt: d("2026-02-28T12:00:00Z") }))).toMatchObject({
      equality: "2027-02-28",
      contacts: "2027-08-28",
      drafts: "2026-03-30",
    });
  });

  it("plans nothing for a draft consultation", () => {
    expect(planConsultation(consultation({ stage: "DRAFT" }), RETENTION_DEFAULTS)).toEqual([]);
  });

  it("makes due only what is past, not done and not on legal hold", () => {
    const published = consultation({
      stage: "OUTCOME_PUBLISHED",
      outcomePublishedAt: d("2026-06-10T09:00:00Z"),
      done: { drafts: d("2026-04-29T02:00:00Z") },
    });
    expect(dueSteps([published], RETENTION_DEFAULTS, d("2026-07-01T02:00:00Z")).map((s) => s.step)).toEqual([
      "equality",
      "freeText",
    ]);
    expect(
      dueSteps([{ ...published, legalHoldReason: "Judicial review" }], RETENTION_DEFAULTS, d("2027-07-01T02:00:00Z")),
    ).toEqual([]);
    expect(
      upcomingSteps([{ ...published, legalHoldReason: "Judicial review" }], RETENTION_DEFAULTS).every((s) => s.onHold),
    ).toBe(true);
  });

  it("adds calendar months, clamped to the month's end, and runs daily at 02:00 UTC", () => {
    expect(addMonths(d("2026-08-31T10:00:00Z"), 6).toISOString()).toBe("2027-02-28T10:00:00.000Z");
    expect(nextDailyRun(d("2026-05-01T01:59:00Z")).toISOString()).toBe("2026-05-01T02:00:00.000Z");
    expect(nextDailyRun(d("2026-05-01T02:00:00Z")).toISOString()).toBe("2026-05-02T02:00:00.000Z");
  });

  it("describes a run's counts within the audit detail's 500 characters", () => {
    const counts = Object.fromEntries(Object.keys(emptyCounts()).map((k) => [k, 1_000_000])) as ReturnType<
      typeof emptyCounts
    >;
    expect(describeCounts(counts, 12).length).toBeLessThanOrEqual(500);
    expect(describeCounts(emptyCounts(), 0)).toBe("Nothing was due.");
  });

  it("describes a settings change field by field", () => {
    expect(
      describeChanges(RETENTION_DEFAULTS, { ...RETENTION_DEFAULTS, contactMonthsAfterOutcome: 3, auditYears: 1 }),
    ).toBe("Contact details: 6 months → 3 months; Staff audit trail: 6 years → 1 year");
  });
});

describe("a consultation's privacy notice", () => {
  const input = (settings = RETENTION_DEFAULTS) => ({
    council: "Buckinghamshire Council",
    dpoEmail: "dataprotection@council.example",
    consultation: {
      ...consultation({ stage: "OUTCOME_PUBLISHED", outcomePublishedAt: d("2026-06-10T09:00:00Z") }),
      partners: ["Parent Forum"],
      contactEmail: "x@council.example",
    },
    settings,
  });
  const text = (settings = RETENTION_DEFAULTS) => JSON.stringify(privacyNotice(input(settings)));

  it("names the controller, the lawful basis, what is collected, who sees it and when each kind goes", () => {
    const t = text();
    for (const phrase of [
      "Buckinghamshire Council is the data controller",
      "public task",
      "Parent Forum",
      "Contact details",
      "Who sees it",
      "Deleted 6 months after we publish the outcome",
      "10 December 2026",
    ])
      expect(t).toContain(phrase);
  });

  it("changes when a setting changes", () => {
    const t = text({ ...RETENTION_DEFAULTS, contactMonthsAfterOutcome: 3 });
    expect(t).toContain("Deleted 3 months after we publish the outcome");
    expect(t).toContain("10 September 2026");
    const contacts = privacyNotice(input({ ...RETENTION_DEFAULTS, contactMonthsAfterOutcome: 3 }))[2].bullets?.find(
      (b) => b.startsWith("Contact details"),
    );
    expect(contacts).toContain("Deleted 3 months after");
    expect(contacts).not.toContain("6 months");
  });
});
