import { describe, expect, it } from "vitest";
import { EVERY_TYPE } from "@/lib/questionnaire/fixtures/every-type";
import { isVisible } from "@/lib/questionnaire/conditions/conditions";
import {
  addCondition,
  answerOptions,
  conditionTargets,
  removeCondition,
  retarget,
  ruleSentence,
  toggleValue,
  type TTarget,
} from "./condition-rule";

const AGREE: TTarget = {
  key: "agree",
  label: "Q3. Do you agree?",
  options: [
    { key: "agree", label: "Agree" },
    { key: "disagree", label: "Disagree" },
  ],
};
const BARRIERS: TTarget = {
  key: "barriers",
  label: "Q5. What makes it hard?",
  options: [
    { key: "transport", label: "Transport" },
    { key: "cost", label: "Cost" },
  ],
};
const TARGETS = [AGREE, BARRIERS];

describe("conditionTargets", () => {
  const all = EVERY_TYPE.sections.flatMap((s) => s.questions);

  it("offers only earlier questions with answers to compare, numbered across pages", () => {
    const last = EVERY_TYPE.sections.length - 1;
    const targets = conditionTargets(EVERY_TYPE.sections, last, EVERY_TYPE.sections[last].questions.length);
    const keys = targets.map((t) => t.key.split(".")[0]);
    for (const q of all) expect(keys.includes(q.key)).toBe(answerOptions(q).length > 0);
    const first = targets[0];
    const number = all.findIndex((q) => q.key === first.key.split(".")[0]) + 1;
    expect(first.label.startsWith(`Q${number}. `)).toBe(true);
  });

  it("gives each Likert grid statement its own target", () => {
    const grid = all.find((q) => q.type === "likertGrid");
    if (grid?.type !== "likertGrid") throw new Error("fixture has a grid");
    const targets = conditionTargets(EVERY_TYPE.sections, EVERY_TYPE.sections.length, undefined);
    for (const st of grid.statements)
      expect(targets.find((t) => t.key === `${grid.key}.${st.key}`)?.label).toContain(st.label);
  });

  it("limits a page's rule to earlier pages", () => {
    expect(conditionTargets(EVERY_TYPE.sections, 0)).toEqual([]);
    const page1 = new Set(EVERY_TYPE.sections[0].questions.map((q) => q.key));
    expect(conditionTargets(EVERY_TYPE.sections, 1).every((t) => page1.has(t.key.split(".")[0]))).toBe(true);
  });
});

describe("editing a rule", () => {
  it("adds conditions on the nearest earlier question and removes the rule with its last condition", () => {
    const one = addCondition(undefined, TARGETS);
    expect(one).toEqual({
      combinator: "and",
      conditions: [{ questionKey: "barriers", operator: "equals", values: ["transport"] }],
    });
    const two = addCondition({ ...one, combinator: "or" }, TARGETS);
    expect(two.combinator).toBe("or");
    expect(two.conditions).toHaveLength(2);
    expect(removeCondition(two, 0)?.conditions).toHaveLength(1);
    expect(removeCondition(one, 0)).toBeUndefined();
  });

  it("resets values when the question changes and toggles values", () => {
    const c = retarget({ questionKey: "barriers", operator: "includes", values: ["cost"] }, TARGETS, "agree");
    expect(c).toEqual({ questionKey: "agree", operator: "includes", values: ["agree"] });
    expect(toggleValue(c, "disagree", true).values).toEqual(["agree", "disagree"]);
    expect(toggleValue(c, "agree", false).values).toEqual([]);
  });

  it("writes rules the evaluator reads as the sentence says", () => {
    const rule = {
      combinator: "or" as const,
      conditions: [
        { questionKey: "agree", operator: "equals" as const, values: ["disagree"] },
        { questionKey: "barriers", operator: "includes" as const, values: ["transport"] },
      ],
    };
    expect(isVisible(rule, { agree: { optionKey: "agree" }, barriers: { optionKeys: ["transport", "cost"] } })).toBe(
      true,
    );
    expect(
      isVisible(
        { ...rule, combinator: "and" },
        { agree: { optionKey: "agree" }, barriers: { optionKeys: ["transport"] } },
      ),
    ).toBe(false);
  });
});

describe("ruleSentence", () => {
  it("joins conditions with and / or", () => {
    const rule = {
      combinator: "and" as const,
      conditions: [
        { questionKey: "agree", operator: "equals" as const, values: ["disagree"] },
        { questionKey: "barriers", operator: "includes" as const, values: ["transport", "cost"] },
      ],
    };
    expect(ruleSentence(rule, TARGETS, "question")).toBe(
      "Show this question if ‘Q3. Do you agree?’ is ‘Disagree’ and ‘Q5. What makes it hard?’ includes ‘Transport’ or ‘Cost’",
    );
    expect(ruleSentence({ ...rule, combinator: "or" }, TARGETS, "page")).toMatch(
      /^Show this page if ‘Q3\. Do you agree\?’ is ‘Disagree’ or ‘Q5/,
    );
  });

  it("says when 'is' needs every value, and when a target is missing or no value is chosen", () => {
    expect(
      ruleSentence(
        {
          combinator: "and",
          conditions: [{ questionKey: "barriers", operator: "equals", values: ["transport", "cost"] }],
        },
        TARGETS,
        "question",
      ),
    ).toBe("Show this question if ‘Q5. What makes it hard?’ is exactly ‘Transport’ and ‘Cost’");
    expect(
      ruleSentence(
        { combinator: "and", conditions: [{ questionKey: "later", operator: "notIncludes", values: ["x"] }] },
        TARGETS,
        "question",
      ),
    ).toBe("Show this question if ‘later’ (not an earlier question) does not include ‘x’");
    expect(
      ruleSentence(
        { combinator: "and", conditions: [{ questionKey: "agree", operator: "includes", values: [] }] },
        TARGETS,
        "question",
      ),
    ).toContain("(choose at least one answer)");
  });
});
