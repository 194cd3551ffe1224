import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAnswerSchema, validateAnswers } from "./build-answer-schema";
import { dropHiddenAnswers } from "../conditions/conditions";
import { arbitraryAnswers } from "../fixtures/arbitraries";
import { EVERY_TYPE, EVERY_TYPE_ANSWERS } from "../fixtures/every-type";

const TODAY = "2025-06-30";
const validate = (input: unknown, options: Parameters<typeof validateAnswers>[2] = {}) =>
  validateAnswers(EVERY_TYPE, input, { today: TODAY, ...options });

describe("buildAnswerSchema for a whole response", () => {
  it("accepts a complete response unchanged", () => {
    expect(validate(EVERY_TYPE_ANSWERS)).toEqual({ ok: true, answers: EVERY_TYPE_ANSWERS });
  });

  it("accepts any valid answers, dropping those to hidden questions (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers(EVERY_TYPE, TODAY), (answers) => {
        expect(validate(answers)).toEqual({ ok: true, answers: dropHiddenAnswers(EVERY_TYPE, answers) });
      }),
    );
  });

  it("does not require a hidden required question, and drops its answer", () => {
    // vision-why shows only on disagreement; give it an answer that would fail if checked.
    const result = validate({ ...EVERY_TYPE_ANSWERS, "vision-agree": "agree", "vision-why": "x".repeat(100_000) });
    expect(result.ok).toBe(true);
    expect(result.ok && result.answers).not.toHaveProperty("vision-why");
  });

  it("does not require a question already answered another way, and still checks an answer given", () => {
    const { "respondent-type": _answer, ...rest } = EVERY_TYPE_ANSWERS;
    expect(validate(rest).ok).toBe(false);
    expect(validate(rest, { answeredOtherwise: new Set(["respondent-type"]) })).toEqual({
      ok: true,
      answers: dropHiddenAnswers(EVERY_TYPE, rest),
    });
    const wrong = validate(
      { ...rest, "respondent-type": "not-an-option" },
      { answeredOtherwise: new Set(["respondent-type"]) },
    );
    expect(wrong.ok).toBe(false);
  });

  it("checks a question once it is shown", () => {
    const result = validate({ ...EVERY_TYPE_ANSWERS, "vision-why": Array(501).fill("word").join(" ") });
    expect(result).toEqual({ ok: false, fieldErrors: { "vision-why": "Enter no more than 500 words" } });
  });

  it("refuses keys that are not questions, including information blocks", () => {
    expect(validate({ ...EVERY_TYPE_ANSWERS, admin: "true", welcome: "x" })).toEqual({
      ok: false,
      fieldErrors: {
        admin: "This answer is not part of the questionnaire",
        welcome: "This answer is not part of the questionnaire",
      },
    });
  });

  it("refuses option values the question does not offer", () => {
    expect(validate({ ...EVERY_TYPE_ANSWERS, "unfair-impact": "perhaps" })).toEqual({
      ok: false,
      fieldErrors: { "unfair-impact": "Select an option from the list" },
    });
  });

  it("refuses input that is not an object", () => {
    expect(buildAnswerSchema(EVERY_TYPE).safeParse(["a"]).success).toBe(false);
  });

  it("names each field for the error summary", () => {
    const result = validate({
      "uses-breaks": { optionKey: "other" },
      importance: { local: "meh" },
      priorities: ["transport", "transport"],
      "last-break": { day: "1", year: "2024" },
      "respondent-type": { optionKey: "organisation" },
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "respondent-type-organisation": "Enter the name of your organisation",
        "last-break-month": "The date must include a month",
        "vision-agree":
          "Select how much you agree that short breaks should help children make friends and learn new skills",
        "uses-breaks-other": "Tell us what you mean by 'Something else'",
        "importance.local": "Select an option from the list",
        "priorities.rank-2": "Choose 'Transport' only once",
      },
    });
    // Page order, as the error summary lists them.
    expect(Object.keys(!result.ok ? result.fieldErrors : {})).toEqual([
      "respondent-type-organisation",
      "last-break-month",
      "vision-agree",
      "uses-breaks-other",
      "importance.local",
      "priorities.rank-2",
    ]);
  });
});

describe("buildAnswerSchema for one page", () => {
  it("validates only that page's questions", () => {
    const result = validate({ "respondent-type": { optionKey: "carer" } }, { sectionKey: "about-you" });
    expect(result).toEqual({ ok: true, answers: { "respondent-type": { optionKey: "carer" } } });
  });

  it("refuses another page's answers", () => {
    const result = validate(
      { "respondent-type": { optionKey: "carer" }, "vision-agree": "agree" },
      { sectionKey: "about-you" },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { "vision-agree": "This answer is not part of the questionnaire" },
    });
  });

  it("uses earlier pages' answers for conditions on this page", () => {
    const page = { sectionKey: "keep-in-touch", answersSoFar: { "respondent-type": { optionKey: "young-person" } } };
    // The page is hidden for young people, so its email is dropped rather than checked.
    expect(validate({ email: "not an email" }, page)).toEqual({ ok: true, answers: {} });
    expect(
      validate({ email: "not an email" }, { ...page, answersSoFar: { "respondent-type": { optionKey: "carer" } } }),
    ).toEqual({
      ok: false,
      fieldErrors: { email: "Enter an email address in the correct format, like name@example.com" },
    });
  });

  it("applies AND/OR conditions within the page", () => {
    const page = { sectionKey: "your-views" };
    const base = { "vision-agree": "agree", "barriers-more": "A minibus" };
    expect(validate({ ...base, barriers: ["cost"] }, page)).toMatchObject({
      ok: true,
      answers: { "barriers-more": "A minibus" },
    });
    expect(validate({ ...base, barriers: ["waiting-lists"] }, page)).toEqual({
      ok: true,
      answers: { "vision-agree": "agree", barriers: { optionKeys: ["waiting-lists"] } },
    });
  });

  it("throws for a page that does not exist, a programming error", () => {
    expect(() => buildAnswerSchema(EVERY_TYPE, { sectionKey: "nope" })).toThrow(/no section "nope"/);
  });
});
