import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { easyReadMapIssues, standardWithoutCounterpart } from "../../../lib/questionnaire/easy-read/map-checks";
import { validateForPublish } from "@/lib/questionnaire/publish/publish-checks";
import { buildJourney } from "@/lib/respond/journey";
import { parseEasyReadSummary } from "../../../lib/questionnaire/easy-read/summary";
import { checkEasyReadDefinition, checkEasyReadText } from "../../../lib/text/easy-read-checker";
import { childrenShortBreaks } from "./children-short-breaks";

const standard = ZQuestionnaireDefinition.parse(childrenShortBreaks.questionnaire);
const easyRead = ZQuestionnaireDefinition.parse(childrenShortBreaks.easyReadQuestionnaire);
const questions = easyRead.sections.flatMap((s) => s.questions);

describe("the children's Easy Read questionnaire", () => {
  it("passes the publish checks and is fully linked to the standard questionnaire", () => {
    expect(easyRead.format).toBe("EASY_READ");
    expect(validateForPublish(childrenShortBreaks.easyReadQuestionnaire)).toEqual([]);
    expect(easyReadMapIssues(easyRead, standard)).toEqual([]);
  });

  it("answers the standard questions children can answer, in their merged totals", () => {
    expect(questions.flatMap((q) => (q.answersKey ? [q.answersKey] : []))).toEqual([
      "help-completing",
      "child-age",
      "current-breaks",
      "vision-agree",
      "when-needed",
      "universal-first",
      "anything-else",
    ]);
    // Everything else is left to the standard questionnaire, and the builder lists it.
    expect(standardWithoutCounterpart(easyRead, standard).length).toBeGreaterThan(20);
  });

  it("asks one question per page, with a picture for every question and answer, and 'Not sure' on every choice", () => {
    const warnings = checkEasyReadDefinition(easyRead);
    expect(
      warnings.filter((w) =>
        ["questionsPerPage", "missingPicture", "longSentence", "formatting", "capitals", "numberWord"].includes(w.rule),
      ),
    ).toEqual([]);
    for (const q of questions)
      if ("options" in q)
        expect(
          q.options.map((o) => o.label),
          q.key,
        ).toContain("Not sure");
    // Every picture is one of the bundled files.
    const pictures = questions.flatMap((q) => [q.image, ...("options" in q ? q.options.map((o) => o.image) : [])]);
    for (const picture of pictures)
      expect(existsSync(path.join(process.cwd(), "public", picture!)), picture).toBe(true);
  });

  it("asks 'Did someone help you?' itself, so the journey adds no standard help question", () => {
    const journey = buildJourney(easyRead, { aboutChild: false });
    expect(journey.definition.sections.flatMap((s) => s.questions).filter((q) => q.key === "help-completing")).toEqual(
      [],
    );
  });
});

describe("the children's Easy Read summary", () => {
  it("is well formed, has a picture for every block and passes the Easy Read checks", () => {
    const summary = parseEasyReadSummary(childrenShortBreaks.easyReadSummary);
    expect(summary?.length).toBeGreaterThan(5);
    for (const block of summary!) {
      expect(block.picture, block.text).toMatch(/^\/easy-read\/pictures\/[0-9A-F-]+\.svg$/);
      expect(existsSync(path.join(process.cwd(), "public", block.picture!)), block.picture).toBe(true);
      expect(checkEasyReadText(`${block.heading ?? ""}. ${block.text}`), block.text).toEqual([]);
    }
  });
});
