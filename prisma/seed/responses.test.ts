import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition, type TQuestion } from "@/lib/questionnaire/definition/definition";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { evaluateVisibility } from "@/lib/questionnaire/conditions/conditions";
import { fromAnswerRows } from "@/lib/questionnaire/answers/answer-rows";
import { adultShortBreaks } from "./content/adult-short-breaks";
import { childrenShortBreaks } from "./content/children-short-breaks";
import { mulberry32 } from "../../lib/random/prng";
import { makeReferences } from "./references";
import { COMPLETED_HOW, POSTCODE_DISTRICTS, generateResponses } from "./responses";

const WINDOW = { from: new Date("2026-03-02T09:00:00Z"), to: new Date("2026-04-13T22:59:00Z") };

describe.each([
  ["children", childrenShortBreaks],
  ["adults", adultShortBreaks],
] as const)("generateResponses (%s)", (_name, consultation) => {
  const definition = ZQuestionnaireDefinition.parse(consultation.questionnaire);
  const questions = definition.sections.flatMap((s) => s.questions);
  const byKey = new Map<string, TQuestion>(questions.map((q) => [q.key, q]));
  const responses = generateResponses(definition, 120, 20180618, WINDOW);

  it("is deterministic: the same seed gives deep-equal output, another seed does not", () => {
    expect(generateResponses(definition, 120, 20180618, WINDOW)).toEqual(responses);
    expect(generateResponses(definition, 120, 20180619, WINDOW)).not.toEqual(responses);
  });

  it("never answers a hidden question and always answers required ones", () => {
    for (const r of responses) {
      const answers = new Map(r.answers.map((a) => [a.questionKey, a.optionKeys]));
      const visibility = evaluateVisibility(definition, fromAnswerRows(definition, r.answers).answers);
      for (const section of definition.sections) {
        for (const q of section.questions) {
          const shown = visibility.questions.has(q.key);
          const answered = r.answers.some((a) => a.questionKey === q.key || a.questionKey.startsWith(`${q.key}.`));
          if (!shown) expect(answered, q.key).toBe(false);
          if (shown && q.required) expect(answered, q.key).toBe(true);
        }
      }
      // A concrete case, independent of the evaluator: the follow-up only after disagreement.
      const why = r.answers.find((a) => a.questionKey === "vision-disagree-why");
      if (why) expect(["disagree", "strongly-disagree"]).toContain(answers.get("vision-agree")?.[0]);
    }
  });

  it("stores answers in the agreed shapes with valid option keys", () => {
    for (const r of responses) {
      const seen = new Set<string>();
      for (const a of r.answers) {
        expect(seen.has(a.questionKey), a.questionKey).toBe(false);
        seen.add(a.questionKey);
        const [questionKey, statementKey] = a.questionKey.split(".");
        const q = byKey.get(questionKey);
        expect(q, a.questionKey).toBeDefined();
        if (!q) continue;
        switch (q.type) {
          case "likertGrid":
            expect(q.statements.map((s) => s.key)).toContain(statementKey);
            expect(a.optionKeys).toHaveLength(1);
            expect(q.options.map((o) => o.key)).toContain(a.optionKeys[0]);
            break;
          case "singleChoice":
          case "likert":
          case "respondentType": {
            expect(a.optionKeys).toHaveLength(1);
            const option = q.options.find((o) => o.key === a.optionKeys[0]);
            expect(option, `${q.key}: ${a.optionKeys[0]}`).toBeDefined();
            expect(Boolean(a.text), q.key).toBe(Boolean(option?.other));
            break;
          }
          case "yesNo":
            expect(a.optionKeys).toHaveLength(1);
            expect(["yes", "no", "not-sure"]).toContain(a.optionKeys[0]);
            break;
          case "multipleChoice": {
            expect(a.optionKeys.length).toBeGreaterThan(0);
            expect(new Set(a.optionKeys).size).toBe(a.optionKeys.length);
            if (q.maxChoices) expect(a.optionKeys.length).toBeLessThanOrEqual(q.maxChoices);
            const chosen = a.optionKeys.map((k) => q.options.find((o) => o.key === k));
            expect(chosen.every(Boolean), q.key).toBe(true);
            if (chosen.some((o) => o?.exclusive)) expect(a.optionKeys).toHaveLength(1);
            expect(Boolean(a.text)).toBe(chosen.some((o) => o?.other));
            break;
          }
          case "ranking":
            expect(new Set(a.optionKeys).size).toBe(a.optionKeys.length);
            expect(a.optionKeys.length).toBe(q.rankCount ?? q.options.length);
            for (const k of a.optionKeys) expect(q.options.map((o) => o.key)).toContain(k);
            break;
          case "rating":
            expect(a.number).toBeGreaterThanOrEqual(q.min);
            expect(a.number).toBeLessThanOrEqual(q.max);
            break;
          case "postcode":
            expect(Object.keys(POSTCODE_DISTRICTS)).toContain(a.text);
            break;
          case "shortText":
          case "longText":
            expect(a.text?.trim().length, q.key).toBeGreaterThan(0);
            if (q.type === "longText" && q.maxWords)
              expect(a.text!.split(/\s+/).length).toBeLessThanOrEqual(q.maxWords);
            break;
          default:
            throw new Error(`Unexpected answer to ${q.type} question ${q.key}`);
        }
      }
    }
  });

  it("answers every grid statement as its own row", () => {
    const grids = questions.filter((q) => q.type === "likertGrid");
    expect(grids.length).toBeGreaterThan(0);
    for (const r of responses) {
      for (const grid of grids) {
        const rows = r.answers.filter((a) => a.questionKey.startsWith(`${grid.key}.`));
        if (rows.length > 0)
          expect(rows.map((a) => a.questionKey)).toEqual(grid.statements.map((s) => `${grid.key}.${s.key}`));
        expect(r.answers.some((a) => a.questionKey === grid.key)).toBe(false);
      }
    }
  });

  it("mirrors respondent type and help completing onto the response", () => {
    for (const r of responses) {
      expect(r.format).toBe("STANDARD");
      expect(r.respondentType).toBe(r.answers.find((a) => a.questionKey === "respondent-type")?.optionKeys[0]);
      const help = r.answers.find((a) => a.questionKey === "help-completing")?.optionKeys[0];
      expect(r.completedHow).toBe(help ? COMPLETED_HOW[help] : null);
      expect(r.submittedAt.getTime()).toBeGreaterThanOrEqual(WINDOW.from.getTime());
      expect(r.submittedAt.getTime()).toBeLessThanOrEqual(WINDOW.to.getTime());
    }
    const channels = new Set(responses.map((r) => r.channel));
    expect(channels).toContain("ONLINE");
    expect(channels.size).toBeGreaterThan(2);
    expect(responses.filter((r) => r.channel === "ONLINE").length).toBeGreaterThan(responses.length / 2);
  });

  it("plants 3 campaign-like texts and one fake email and phone number for redaction", () => {
    const texts = responses.flatMap((r) => r.answers.map((a) => a.text ?? ""));
    expect(texts.filter((t) => /lifeline for (our|my) family|lifeline for carers/.test(t))).toHaveLength(3);
    expect(texts.filter((t) => t.includes("jo.bloggs@example.com"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("07700 900123"))).toHaveLength(1);
    // Varied comments: most free text is not a word-for-word repeat.
    const longTexts = responses.flatMap((r) =>
      r.answers.filter((a) => byKey.get(a.questionKey)?.type === "longText").map((a) => a.text),
    );
    expect(new Set(longTexts).size).toBeGreaterThan(longTexts.length * 0.6);
  });
});

describe("makeReferences", () => {
  it("makes distinct, deterministic, unambiguous references", () => {
    const refs = makeReferences("SB", 500, mulberry32(1));
    expect(new Set(refs).size).toBe(500);
    expect(makeReferences("SB", 500, mulberry32(1))).toEqual(refs);
    for (const ref of refs) expect(ref).toMatch(/^SB-[A-HJKMNP-TW-Z2-9]{4}-[A-HJKMNP-TW-Z2-9]{4}$/);
  });
});

describe("generated responses pass the questionnaire's own validation", () => {
  it.each([
    ["children", childrenShortBreaks],
    ["adults", adultShortBreaks],
  ] as const)(
    "%s: every response validates with validateAnswers, the rules the public form uses",
    (_name, consultation) => {
      const definition = ZQuestionnaireDefinition.parse(consultation.questionnaire);
      for (const response of generateResponses(definition, 60, 20180618, WINDOW)) {
        const { answers } = fromAnswerRows(definition, response.answers);
        const result = validateAnswers(definition, answers, { today: WINDOW.to.toISOString().slice(0, 10) });
        expect(result.ok ? [] : result.fieldErrors, response.submittedAt.toISOString()).toEqual([]);
      }
    },
  );
});
