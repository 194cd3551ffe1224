import { describe, expect, it } from "vitest";
import {
  type TDisplayRule,
  type TQuestionnaireDefinitionInput,
  ZQuestionnaireDefinition,
} from "../definition/definition";
import type { TAnswers } from "../answers/answer-values";
import {
  answerTokens,
  dropHiddenAnswers,
  evaluateVisibility,
  isVisible,
  visibleQuestions,
  visibleSections,
} from "./conditions";

const rule = (
  combinator: "and" | "or",
  ...conditions: [string, "equals" | "includes" | "notIncludes", string[]][]
): TDisplayRule => ({
  combinator,
  conditions: conditions.map(([questionKey, operator, values]) => ({ questionKey, operator, values })),
});

describe("isVisible", () => {
  const answers: TAnswers = {
    single: { optionKey: "parent-carer" },
    multi: { optionKeys: ["transport", "cost"] },
    scale: "disagree",
    grid: { local: "agree", fees: "strongly-disagree" },
    rating: 4,
    ranked: ["overnight", "clubs"],
  };

  it.each([
    ["no rule", undefined, true],
    ["equals a single choice", rule("and", ["single", "equals", ["parent-carer"]]), true],
    ["equals is false for another choice", rule("and", ["single", "equals", ["carer"]]), false],
    ["equals compares checkbox sets, in any order", rule("and", ["multi", "equals", ["cost", "transport"]]), true],
    ["equals is false for a subset", rule("and", ["multi", "equals", ["cost"]]), false],
    ["includes any of the values", rule("and", ["multi", "includes", ["cost", "other"]]), true],
    ["includes none of the values", rule("and", ["multi", "includes", ["other"]]), false],
    ["notIncludes when absent", rule("and", ["multi", "notIncludes", ["other"]]), true],
    ["notIncludes when present", rule("and", ["multi", "notIncludes", ["cost"]]), false],
    ["a likert answer", rule("and", ["scale", "includes", ["disagree", "strongly-disagree"]]), true],
    ["one grid statement", rule("and", ["grid.fees", "equals", ["strongly-disagree"]]), true],
    ["another grid statement", rule("and", ["grid.local", "includes", ["disagree"]]), false],
    ["a rating, as text", rule("and", ["rating", "includes", ["4", "5"]]), true],
    ["a ranking includes", rule("and", ["ranked", "includes", ["clubs"]]), true],
    ["AND: all must hold", rule("and", ["scale", "equals", ["disagree"]], ["single", "equals", ["carer"]]), false],
    ["OR: one is enough", rule("or", ["scale", "equals", ["agree"]], ["single", "equals", ["parent-carer"]]), true],
    ["OR: none hold", rule("or", ["scale", "equals", ["agree"]], ["single", "equals", ["carer"]]), false],
  ])("%s", (_label, r, expected) => {
    expect(isVisible(r, answers)).toBe(expected);
  });

  describe("an unanswered question", () => {
    it.each([
      ["equals", false],
      ["includes", false],
      ["notIncludes", true],
    ] as const)("%s → %s", (operator, expected) => {
      expect(isVisible(rule("and", ["missing", operator, ["yes"]]), {})).toBe(expected);
    });
  });

  it("treats every condition on a hidden question as false, even notIncludes", () => {
    const r = rule("and", ["skipped", "notIncludes", ["yes"]]);
    expect(isVisible(r, {}, new Set(["skipped"]))).toBe(false);
    expect(isVisible(r, {})).toBe(true);
  });

  it("defaults the combinator to and", () => {
    expect(
      isVisible(
        { conditions: rule("and", ["a", "equals", ["x"]], ["b", "equals", ["y"]]).conditions } as TDisplayRule,
        { a: "x" },
      ),
    ).toBe(false);
  });
});

describe("answerTokens", () => {
  it.each([
    ["text", "hello", undefined, ["hello"]],
    ["number", 3, undefined, ["3"]],
    ["single choice", { optionKey: "a", text: "x" }, undefined, ["a"]],
    ["multiple choice", { optionKeys: ["a", "b"] }, undefined, ["a", "b"]],
    ["ranking", ["b", "a"], undefined, ["b", "a"]],
    ["grid statement", { s1: "agree", s2: "agree" }, "s2", ["agree"]],
    ["unanswered grid statement", { s1: "agree" }, "s2", []],
    ["whole grid", { s1: "agree", s2: "agree" }, undefined, ["agree"]],
    ["unanswered", undefined, undefined, []],
  ] as const)("%s", (_label, value, statement, expected) => {
    expect(answerTokens(value as never, statement)).toEqual(expected);
  });
});

// A → B → C: B shows when A is "yes", C shows when B includes "other".
const chainInput: TQuestionnaireDefinitionInput = {
  format: "STANDARD",
  title: "Chain",
  sections: [
    {
      key: "one",
      title: "One",
      questions: [
        { key: "a", type: "yesNo", title: "A?" },
        {
          key: "b",
          type: "multipleChoice",
          title: "B?",
          options: [
            { key: "x", label: "X" },
            { key: "other", label: "Other" },
          ],
          showIf: rule("and", ["a", "equals", ["yes"]]),
        },
        { key: "c", type: "shortText", title: "C?", required: true, showIf: rule("and", ["b", "includes", ["other"]]) },
        { key: "d", type: "shortText", title: "D?", showIf: rule("and", ["b", "notIncludes", ["x"]]) },
      ],
    },
    {
      key: "two",
      title: "Two",
      showIf: rule("and", ["a", "equals", ["no"]]),
      questions: [{ key: "e", type: "shortText", title: "E?" }],
    },
    {
      key: "three",
      title: "Three",
      questions: [{ key: "f", type: "shortText", title: "F?", showIf: rule("and", ["e", "equals", ["go"]]) }],
    },
  ],
};
const chain = ZQuestionnaireDefinition.parse(chainInput);
const keys = (answers: TAnswers) => visibleQuestions(chain, answers).map((q) => q.key);

describe("visibility through a questionnaire", () => {
  it("shows the chain when each link holds", () => {
    expect(keys({ a: "yes", b: { optionKeys: ["other"] } })).toEqual(["a", "b", "c", "d"]);
  });

  it("hides C when A hides B, even though B's stale answer would show it", () => {
    const answers: TAnswers = { a: "no", b: { optionKeys: ["other"] } };
    expect(keys(answers)).toEqual(["a", "e"]);
    expect(evaluateVisibility(chain, answers).hidden).toEqual(new Set(["b", "c", "d", "f"]));
  });

  it("does not show a notIncludes follow-up of a question that was never asked", () => {
    expect(keys({ a: "no" })).not.toContain("d");
    expect(keys({ a: "yes" })).toContain("d");
  });

  it("hides a section, and questions depending on its questions", () => {
    expect(visibleSections(chain, { a: "yes" }).map((s) => s.key)).toEqual(["one", "three"]);
    expect(keys({ a: "yes", e: "go" })).not.toContain("f");
    expect(keys({ a: "no", e: "go" })).toContain("f");
  });

  it("drops the answers of hidden questions", () => {
    const answers: TAnswers = { a: "no", b: { optionKeys: ["other"] }, c: "stale", e: "go", f: "kept" };
    expect(dropHiddenAnswers(chain, answers)).toEqual({ a: "no", e: "go", f: "kept" });
  });
});
