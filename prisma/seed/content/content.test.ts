import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition, type TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { scheduleFor } from "../schedule";
import type { SeedConsultation } from "../types";
import { adultShortBreaks } from "./adult-short-breaks";
import { childrenShortBreaks } from "./children-short-breaks";

// A fixed "now" in winter, and one in summer, so both GMT and BST are exercised.
const NOWS = [new Date("2026-01-15T12:00:00Z"), new Date("2026-07-01T12:00:00Z")];
const ALL: SeedConsultation[] = [childrenShortBreaks, adultShortBreaks];

function questionsOf(definition: TQuestionnaireDefinition) {
  return definition.sections.flatMap((s) => s.questions);
}

describe.each(ALL.map((c) => [c.slug, c] as const))("%s", (_slug, consultation) => {
  const definition = ZQuestionnaireDefinition.parse(consultation.questionnaire);
  const questions = questionsOf(definition);

  it("parses with ZQuestionnaireDefinition", () => {
    expect(definition.format).toBe("STANDARD");
    expect(definition.estimatedMinutes).toBe(15);
  });

  it("uses unique keys across questions and grid statements, and unique section keys", () => {
    const keys = questions.flatMap((q) => [q.key, ...(q.type === "likertGrid" ? q.statements.map((s) => s.key) : [])]);
    expect(new Set(keys).size).toBe(keys.length);
    const sectionKeys = definition.sections.map((s) => s.key);
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
  });

  it("has unique option keys within every question", () => {
    for (const q of questions) {
      if (!("options" in q)) continue;
      const keys = q.options.map((o) => o.key);
      expect(new Set(keys).size, q.key).toBe(keys.length);
    }
  });

  it("only shows questions on answers to earlier questions, using real option keys", () => {
    const earlier = new Map<string, string[] | null>();
    const check = (rule: (typeof questions)[number]["showIf"], where: string) => {
      for (const c of rule?.conditions ?? []) {
        expect(earlier.has(c.questionKey), `${where} refers to ${c.questionKey}`).toBe(true);
        const valid = earlier.get(c.questionKey);
        if (valid) for (const v of c.values) expect(valid, `${where}: ${v}`).toContain(v);
      }
    };
    for (const section of definition.sections) {
      check(section.showIf, `section ${section.key}`);
      for (const q of section.questions) {
        check(q.showIf, q.key);
        const valid =
          "options" in q ? q.options.map((o) => o.key) : q.type === "yesNo" ? ["yes", "no", "not-sure"] : null;
        earlier.set(q.key, valid);
      }
    }
  });

  it("links questions and grid statements only to the consultation's topics", () => {
    const codes = new Set(consultation.topics.map((t) => t.code));
    for (const q of questions) {
      if (q.topicCode) expect(codes, q.key).toContain(q.topicCode);
      if (q.type === "likertGrid")
        for (const s of q.statements) if (s.topicCode) expect(codes, s.key).toContain(s.topicCode);
    }
    const used = new Set(
      questions.flatMap((q) => [q.topicCode, ...(q.type === "likertGrid" ? q.statements.map((s) => s.topicCode) : [])]),
    );
    for (const code of codes) expect(used, `topic ${code} has questions`).toContain(code);
  });

  it("asks the required standard questions and no email or equality questions", () => {
    expect(questions.find((q) => q.key === "respondent-type")).toMatchObject({
      type: "respondentType",
      required: true,
    });
    expect(questions.find((q) => q.key === "postcode")?.type).toBe("postcode");
    expect(questions.some((q) => q.type === "yesNo")).toBe(true);
    expect(questions.some((q) => q.type === "likertGrid")).toBe(true);
    expect(questions.some((q) => q.type === "email")).toBe(false);
    expect(questions.some((q) => /ethnic|religion|sexual|gender/.test(q.key))).toBe(false);
    const priorities = questions.find(
      (q) =>
        q.type === "multipleChoice" && q.maxChoices && q.options.some((o) => o.exclusive && o.key === "none-of-these"),
    );
    expect(priorities).toBeDefined();
  });

  it("has a 'why do you disagree' follow-up of up to 500 words for disagreement", () => {
    const followUps = questions.filter(
      (q) => q.type === "longText" && q.showIf?.conditions.some((c) => c.values.includes("strongly-disagree")),
    );
    expect(followUps.length).toBeGreaterThanOrEqual(5);
    for (const q of followUps) expect(q.type === "longText" && q.maxWords).toBe(500);
  });

  it("ends the last section with 'Did anyone help you fill this in?'", () => {
    const last = definition.sections.at(-1)!.questions.at(-1)!;
    expect(last).toMatchObject({
      key: "help-completing",
      type: "singleChoice",
      title: "Did anyone help you fill this in?",
    });
    expect(last.type === "singleChoice" && last.options.map((o) => [o.key, o.label])).toEqual([
      ["no", "No"],
      ["family", "Yes, a family member or friend"],
      ["support-worker", "Yes, a support worker or advocate"],
      ["someone-else", "Someone else answered for me"],
    ]);
  });

  it("has complete public information", () => {
    for (const field of [
      "summary",
      "body",
      "reasons",
      "otherWaysToRespond",
      "helpToTakePart",
      "privacyNotice",
      "resultsExpectedText",
    ] as const) {
      expect(consultation[field].length, field).toBeGreaterThan(50);
    }
    expect(consultation.body).toMatch(/^## /m);
    expect(consultation.contactEmail).toMatch(/@council\.example$/);
    expect(consultation.body + consultation.reasons).not.toMatch(/lorem ipsum/i);
    expect(consultation.durationDays).toBe(42);
    expect(consultation.proposals.length).toBeGreaterThan(0);
  });

  it("schedules every event inside the open period", () => {
    for (const e of consultation.events) {
      expect(e.dayOffset).toBeGreaterThanOrEqual(0);
      expect(e.dayOffset).toBeLessThanOrEqual(consultation.durationDays);
      if (e.endTime) expect(e.endTime > e.startTime, e.title).toBe(true);
    }
  });
});

describe("the two Short Breaks consultations", () => {
  it("have the agreed titles, slugs and prefixes", () => {
    expect(childrenShortBreaks).toMatchObject({
      title: "Short Breaks for Disabled Children: draft strategy 2018 to 2022",
      slug: "short-breaks-children-2018",
      referencePrefix: "SB",
      seedResponses: 0,
    });
    expect(adultShortBreaks).toMatchObject({
      title: "Adult Short Breaks: draft strategy 2018 to 2022",
      slug: "adult-short-breaks-2018",
      referencePrefix: "ASB",
      seedResponses: 60,
    });
    expect(childrenShortBreaks.topics).toHaveLength(8);
    expect(adultShortBreaks.topics).toHaveLength(5);
  });

  it.each(NOWS)("are open (children) and closed (adults) relative to %s", (now) => {
    const children = scheduleFor(childrenShortBreaks, now);
    expect(children.opensAt.getTime()).toBeLessThan(now.getTime());
    expect(children.closesAt.getTime()).toBeGreaterThan(now.getTime());
    const adults = scheduleFor(adultShortBreaks, now);
    expect(adults.opensAt.getTime()).toBeLessThan(now.getTime());
    expect(adults.closesAt.getTime()).toBeLessThan(now.getTime());
    expect(adults.expectedDecisionDate.getTime()).toBeGreaterThan(adults.closesAt.getTime());
  });
});
