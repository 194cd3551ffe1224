import { describe, expect, it } from "vitest";
import { ZQuestion, ZQuestionnaireDefinition } from "./definition";
import { addBankQuestion, forBank, STANDARD_QUESTIONS } from "./question-bank";

const definition = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Parks",
  sections: [
    {
      key: "postcode",
      title: "Where you live",
      questions: [{ key: "postcode-2", type: "shortText", title: "Street" }],
    },
  ],
});

describe("the question bank (issue #16, item 3)", () => {
  it("keeps a question's wording and answers, not its topic, condition or Easy Read link", () => {
    const question = ZQuestion.parse({
      key: "q",
      type: "yesNo",
      title: "Do you agree?",
      topicCode: "t1",
      answersKey: "x",
      optionMap: { yes: "yes" },
      showIf: { conditions: [{ questionKey: "a", operator: "equals", values: ["b"] }] },
    });
    expect(forBank(question)).toEqual({ key: "q", type: "yesNo", title: "Do you agree?", required: false });
  });

  it("adds to the chosen page under a key no page or question uses", () => {
    const postcode = STANDARD_QUESTIONS.find((q) => q.question.type === "postcode")!.question;
    const result = addBankQuestion(definition, "postcode", postcode);
    expect(result).toMatchObject({ ok: true, key: "postcode-3" });
    expect(result.ok && result.definition.sections[0].questions.map((q) => q.key)).toEqual([
      "postcode-2",
      "postcode-3",
    ]);
    expect(addBankQuestion(definition, "missing", postcode)).toEqual({
      ok: false,
      message: "Choose a page of this questionnaire",
    });
  });
});
