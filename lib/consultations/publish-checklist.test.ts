import { describe, expect, it } from "vitest";
import { evaluateChecklist, type TChecklistFacts } from "./publish-checklist";

const DAY = 86_400_000;
const opensAt = new Date("2027-03-01T00:00:00Z");
const good: TChecklistFacts = {
  reasons: "Because families asked.",
  documentKinds: ["FULL_STRATEGY"],
  hasPublishedQuestionnaire: true,
  hasEasyReadQuestionnaire: false,
  contactRole: "Short Breaks Team",
  contactEmail: "team@council.example",
  privacyNotice: "We use responses only for this.",
  opensAt,
  closesAt: new Date(opensAt.getTime() + 12 * 7 * DAY),
  isServiceChange: false,
  audiences: ["PARENTS_CARERS"],
};

describe("evaluateChecklist", () => {
  it("lets a complete 12-week consultation publish with no warnings", () => {
    const result = evaluateChecklist(good);
    expect(result.canPublish).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ["reasons", { reasons: "", documentKinds: [] }],
    ["questionnaire", { hasPublishedQuestionnaire: false }],
    ["contact", { contactEmail: "" }],
    ["privacy", { privacyNotice: null }],
  ] as const)("blocks without %s", (id, change) => {
    const result = evaluateChecklist({ ...good, ...change });
    expect(result.canPublish).toBe(false);
    expect(result.blocking.map((i) => i.id)).toEqual([id]);
  });

  it("accepts a consultation document instead of written reasons", () => {
    expect(evaluateChecklist({ ...good, reasons: " ", documentKinds: ["SUMMARY"] }).canPublish).toBe(true);
  });

  it("blocks an open period under 6 weeks unless a reason is recorded", () => {
    const short = { ...good, closesAt: new Date(opensAt.getTime() + 41 * DAY) };
    expect(evaluateChecklist(short).blocking.map((i) => i.id)).toEqual(["period"]);
    const overridden = evaluateChecklist(short, { period: "Statutory deadline" });
    expect(overridden.canPublish).toBe(true);
    expect(overridden.items.find((i) => i.id === "period")?.overrideReason).toBe("Statutory deadline");
    expect(evaluateChecklist({ ...good, closesAt: new Date(opensAt.getTime() + 42 * DAY) }).canPublish).toBe(true);
  });

  it("never lets a reason override a non-overridable block", () => {
    const result = evaluateChecklist({ ...good, privacyNotice: "" }, { privacy: "no time" } as never);
    expect(result.canPublish).toBe(false);
  });

  it("warns about a service change open for under 12 weeks", () => {
    const result = evaluateChecklist({
      ...good,
      isServiceChange: true,
      closesAt: new Date(opensAt.getTime() + 8 * 7 * DAY),
    });
    expect(result.canPublish).toBe(true);
    expect(result.warnings.map((i) => i.id)).toEqual(["period"]);
  });

  it("has one 'adequate time' item that says which rule applies and why", () => {
    const adequate = (facts: TChecklistFacts) =>
      evaluateChecklist(facts).items.filter((i) => i.principle === "Gunning 3: adequate time");
    const closing = (days: number) => new Date(opensAt.getTime() + days * DAY);
    expect(adequate(good)).toEqual([
      expect.objectContaining({
        id: "period",
        passed: true,
        message:
          "The 6-week minimum applies because this consultation does not propose a change to a service. It is open for 12 weeks.",
      }),
    ]);
    expect(adequate({ ...good, isServiceChange: true })).toEqual([
      expect.objectContaining({
        passed: true,
        message:
          "The 12-week rule applies because this consultation proposes a change to a service. It is open for 12 weeks.",
      }),
    ]);
    expect(adequate({ ...good, isServiceChange: true, closesAt: closing(60) })).toEqual([
      expect.objectContaining({
        level: "warn",
        passed: false,
        overridable: false,
        message:
          "The 12-week rule applies because this consultation proposes a change to a service. It is open for 8 weeks and 4 days. It meets the 6-week minimum, so you can publish, but a period under 12 weeks is recorded with the checklist.",
      }),
    ]);
    expect(adequate({ ...good, isServiceChange: true, closesAt: closing(20) })).toEqual([
      expect.objectContaining({
        level: "block",
        passed: false,
        overridable: true,
        message: expect.stringContaining("Extend it to at least 12 weeks or record why a shorter period is fair."),
      }),
    ]);
    expect(adequate({ ...good, closesAt: closing(41) })[0].message).toBe(
      "The 6-week minimum applies because this consultation does not propose a change to a service. It is open for 5 weeks and 6 days. Extend it to at least 6 weeks or record why a shorter period is fair.",
    );
  });

  it("warns when children or adults using services are an audience and there is no Easy Read version", () => {
    const facts = { ...good, audiences: ["CHILDREN_YOUNG_PEOPLE"] };
    expect(evaluateChecklist(facts).warnings.map((i) => i.id)).toEqual(["easyRead"]);
    expect(evaluateChecklist({ ...facts, documentKinds: ["FULL_STRATEGY", "EASY_READ"] }).warnings).toEqual([]);
    expect(evaluateChecklist({ ...facts, hasEasyReadQuestionnaire: true }).warnings).toEqual([]);
  });
});
