import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";
import { summariseAnswers } from "./answer-summary";
import { buildJourney } from "./journey";
import { mirrorFields } from "./mirror-fields";

const journey = buildJourney(ZQuestionnaireDefinition.parse(childrenQuestionnaire), { aboutChild: true });

describe("summariseAnswers", () => {
  const answers = {
    "respondent-type": { optionKey: "professional" },
    "vision-agree": "disagree",
    "vision-disagree-why": "Too vague",
    "equality-consent": { optionKey: "yes" },
    "equality-sex": { optionKey: "prefer-not-to-say" },
  };

  it("lists shown questions only, in words", () => {
    const [aboutYou, vision] = summariseAnswers(journey, answers, { includeEquality: false });
    expect(aboutYou.rows.map((r) => r.questionKey)).toEqual(["respondent-type", "postcode"]);
    expect(aboutYou.rows[0]).toMatchObject({
      lines: ["A professional in education, health or social care"],
      answered: true,
    });
    expect(aboutYou.rows[1]).toMatchObject({ lines: ["Not answered"], answered: false });
    expect(vision.rows.find((r) => r.questionKey === "vision-disagree-why")?.lines).toEqual(["Too vague"]);
  });

  it("leaves equality pages out unless asked", () => {
    expect(summariseAnswers(journey, answers, { includeEquality: false }).some((s) => s.equality)).toBe(false);
    const withEquality = summariseAnswers(journey, answers, { includeEquality: true }).filter((s) => s.equality);
    expect(withEquality.map((s) => s.sectionKey)).toEqual([
      "equality-monitoring",
      "equality-about-you",
      "equality-about-the-child",
    ]);
  });
});

describe("mirrorFields", () => {
  it("copies who responded and how the form was filled in", () => {
    expect(
      mirrorFields(journey.definition, {
        "respondent-type": { optionKey: "organisation" },
        "organisation-name": "FACT Bucks",
        "help-completing": { optionKey: "support-worker" },
      }),
    ).toEqual({
      respondentType: "organisation",
      organisationName: "FACT Bucks",
      completedHow: "WITH_SUPPORT_WORKER",
    });
    expect(mirrorFields(journey.definition, {})).toEqual({
      respondentType: null,
      organisationName: null,
      completedHow: null,
    });
  });
});
