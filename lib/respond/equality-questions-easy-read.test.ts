import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { visibleSections } from "@/lib/questionnaire/conditions/conditions";
import { type TSection, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { checkEasyReadDefinition } from "@/lib/text/easy-read-checker";
import { childrenEasyReadQuestionnaire } from "@/prisma/seed/content/children/easy-read";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";
import { EQUALITY_CONSENT_KEY, equalitySections } from "./equality-questions";
import { easyReadEqualitySections } from "./equality-questions-easy-read";
import { buildJourney } from "./journey";

const standard = equalitySections({ aboutChild: true });
const easyRead = easyReadEqualitySections(standard);
const questionsOf = (sections: TSection[]) => sections.flatMap((s) => s.questions);
const optionKeys = (q: TSection["questions"][number]) => ("options" in q ? q.options.map((o) => o.key) : []);

describe("Easy Read equality questions", () => {
  it("ask the standard questions with the same question and option keys, so both formats fill the same answers", () => {
    const easy = questionsOf(easyRead);
    expect(easy.map((q) => q.key)).toEqual(questionsOf(standard).map((q) => q.key));
    for (const q of questionsOf(standard)) {
      const match = easy.find((e) => e.key === q.key)!;
      expect(match.type).toBe(q.type);
      expect(optionKeys(match)).toEqual(optionKeys(q));
    }
  });

  it("put one question on each page, with a bundled picture", () => {
    for (const section of easyRead) {
      expect(section.questions).toHaveLength(1);
      const image = section.questions[0].image!;
      expect(image).toMatch(/^\/easy-read\/pictures\/[0-9A-F-]+\.svg$/);
      expect(existsSync(path.join(process.cwd(), "public", image)), image).toBe(true);
    }
  });

  it("offer 'I do not want to say' on every question after the first", () => {
    for (const q of questionsOf(easyRead).filter((q) => q.key !== EQUALITY_CONSENT_KEY)) {
      expect("options" in q && q.options.find((o) => o.key === "prefer-not-to-say")?.label, q.key).toBe(
        "I do not want to say",
      );
    }
  });

  it("can be skipped as a whole: saying no to the first question hides the rest", () => {
    // The start page's introduction belongs to each questionnaire, so these sections lend one.
    const definition = ZQuestionnaireDefinition.parse({
      format: "EASY_READ",
      title: "Equality",
      introBlocks: [{ picture: "/p.svg", text: "Tell us about you." }],
      sections: easyRead,
    });
    expect(visibleSections(definition, { [EQUALITY_CONSENT_KEY]: { optionKey: "no" } }).map((s) => s.key)).toEqual([
      EQUALITY_CONSENT_KEY,
    ]);
    expect(visibleSections(definition, { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" } })).toHaveLength(easyRead.length);
  });

  it("pass the Easy Read checker, but for the characteristics' own names and answers without pictures", () => {
    // The start page's introduction belongs to each questionnaire, so these sections lend one.
    const definition = ZQuestionnaireDefinition.parse({
      format: "EASY_READ",
      title: "Equality",
      introBlocks: [{ picture: "/p.svg", text: "Tell us about you." }],
      sections: easyRead,
    });
    // The law's own words, each explained in the hint beside it, as Easy Read guidance says.
    const named = new Set(["disability", "heterosexual", "orientation"]);
    // Answers such as age bands have no fitting picture; every question has one (see above).
    const answerPicture = (path = "") => /\.options\[\d+\]\.image$/.test(path);
    const warnings = checkEasyReadDefinition(definition).filter(
      (w) =>
        !(w.rule === "longWord" && named.has(w.excerpt!)) && !(w.rule === "missingPicture" && answerPicture(w.path)),
    );
    expect(warnings).toEqual([]);
  });

  it("refuse a standard question that has no Easy Read words", () => {
    const extra: TSection = {
      ...standard[1],
      questions: [{ ...standard[1].questions[0], key: "equality-new-question" }],
    };
    expect(() => easyReadEqualitySections([extra])).toThrow(
      'No Easy Read wording for the equality question "equality-new-question"',
    );
    const option: TSection = {
      ...standard[1],
      questions: [
        { ...standard[1].questions[0], options: [{ key: "new-band", label: "New" }] } as TSection["questions"][number],
      ],
    };
    expect(() => easyReadEqualitySections([option])).toThrow(
      'No Easy Read wording for option "new-band" of "equality-age"',
    );
  });

  it("are what an Easy Read journey asks, under the same equality keys as the standard journey", () => {
    const easyJourney = buildJourney(ZQuestionnaireDefinition.parse(childrenEasyReadQuestionnaire), {
      aboutChild: true,
    });
    const standardJourney = buildJourney(ZQuestionnaireDefinition.parse(childrenQuestionnaire), { aboutChild: true });
    expect([...easyJourney.equalityKeys]).toEqual([...standardJourney.equalityKeys]);
    expect(easyJourney.definition.sections.at(-1)?.title).toBe("What does the child or young person need help with?");
  });
});
