import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { closedQuestions, fillDays, formatPercent, netAgreement, percentOf } from "./maths";

describe("closed-question maths", () => {
  it("states percentages of the base and never divides by zero", () => {
    expect(percentOf(3, 8)).toBe(37.5);
    expect(percentOf(0, 0)).toBeNull();
    expect(formatPercent(percentOf(1, 3))).toBe("33.3%");
    expect(formatPercent(null)).toBe("–");
  });

  it("nets agreement against disagreement over the whole base", () => {
    // 3 + 2 agree, 1 + 1 disagree, 2 neither, 1 not answered: (5 - 2) / 10.
    const counts = { "strongly-agree": 3, agree: 2, neither: 2, disagree: 1, "strongly-disagree": 1 };
    expect(netAgreement(counts, 10)).toBe(30);
    expect(netAgreement({ disagree: 4 }, 8)).toBe(-50);
    expect(netAgreement({}, 0)).toBeNull();
  });

  it("lists closed questions, one per grid statement, newest wording first", () => {
    const v = (title: string) =>
      ZQuestionnaireDefinition.parse({
        format: "STANDARD",
        title: "Q",
        sections: [
          {
            key: "s",
            title: "S",
            questions: [
              { key: "like", type: "likert", title },
              {
                key: "grid",
                type: "likertGrid",
                title: "Grid",
                statements: [
                  { key: "a", label: "A" },
                  { key: "b", label: "B" },
                ],
              },
              { key: "why", type: "longText", title: "Why" },
              { key: "yn", type: "yesNo", title: "Yes?" },
            ],
          },
        ],
      });
    const list = closedQuestions([v("New wording"), v("Old wording")]);
    expect(list.map((q) => q.key)).toEqual(["like", "grid.a", "grid.b", "yn"]);
    expect(list[0]).toMatchObject({ title: "New wording", likert: true });
    expect(list[1].title).toBe("Grid: A");
    expect(list[3].options.map((o) => o.key)).toEqual(["yes", "no", "not-sure"]);
  });

  it("fills the days without responses with zero, across a month end", () => {
    expect(
      fillDays([
        { key: "2026-03-02", n: 4 },
        { key: "2026-02-27", n: 1 },
      ]),
    ).toEqual([
      { key: "2026-02-27", n: 1 },
      { key: "2026-02-28", n: 0 },
      { key: "2026-03-01", n: 0 },
      { key: "2026-03-02", n: 4 },
    ]);
    expect(fillDays([])).toEqual([]);
  });
});
