import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { visibleSections } from "@/lib/questionnaire/conditions/conditions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { EQUALITY_CONSENT_KEY, EQUALITY_PREFIX, equalitySections } from "./equality-questions";

const definition = (aboutChild: boolean) =>
  ZQuestionnaireDefinition.parse({ format: "STANDARD", title: "Equality", sections: equalitySections({ aboutChild }) });

describe("equality monitoring questions", () => {
  it("parse as a questionnaire definition, with and without the child's questions", () => {
    expect(definition(false).sections.map((s) => s.key)).toEqual(["equality-monitoring", "equality-about-you"]);
    expect(definition(true).sections.map((s) => s.key)).toEqual([
      "equality-monitoring",
      "equality-about-you",
      "equality-about-the-child",
    ]);
  });

  it("cover what the equality impact assessments ask for", () => {
    const keys = definition(true).sections.flatMap((s) => s.questions.map((q) => q.key));
    for (const topic of [
      "age",
      "sex",
      "gender-identity",
      "ethnicity",
      "disability",
      "religion",
      "sexual-orientation",
      "carer",
      "child-age",
      "child-needs",
    ]) {
      expect(keys).toContain(`equality-${topic}`);
    }
  });

  it("use the equality- prefix for every key, so they cannot clash with a questionnaire's", () => {
    for (const section of definition(true).sections) {
      expect(section.key.startsWith(EQUALITY_PREFIX)).toBe(true);
      for (const question of section.questions) expect(question.key.startsWith(EQUALITY_PREFIX)).toBe(true);
    }
  });

  it("offer 'Prefer not to say' on every question and require none", () => {
    for (const question of definition(true).sections.flatMap((s) => s.questions)) {
      expect(question.required).toBe(false);
      if (question.key === EQUALITY_CONSENT_KEY) continue;
      expect("options" in question && question.options.some((o) => o.key === "prefer-not-to-say")).toBe(true);
    }
  });

  it("are skippable as a whole: the detail pages show only after saying yes", () => {
    const def = definition(true);
    expect(visibleSections(def, {}).map((s) => s.key)).toEqual(["equality-monitoring"]);
    expect(visibleSections(def, { [EQUALITY_CONSENT_KEY]: { optionKey: "no" } }).map((s) => s.key)).toEqual([
      "equality-monitoring",
    ]);
    expect(visibleSections(def, { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" } })).toHaveLength(3);
  });

  it("treat 'Prefer not to say' as exclusive for the child's needs", () => {
    const result = validateAnswers(definition(true), {
      [EQUALITY_CONSENT_KEY]: "yes",
      "equality-child-needs": ["autism", "prefer-not-to-say"],
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "equality-child-needs": "Select 'Prefer not to say' on its own, or clear it to choose other options",
      },
    });
  });
});
