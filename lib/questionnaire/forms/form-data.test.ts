import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateAnswers } from "../answers/build-answer-schema";
import { dropHiddenAnswers } from "../conditions/conditions";
import { fieldNameForIssue, fieldNamesFor } from "./field-names";
import { arbitraryAnswers } from "../fixtures/arbitraries";
import { EVERY_TYPE, EVERY_TYPE_ANSWERS } from "../fixtures/every-type";
import { formValuesToEntries, parseFormAnswers, toFormDefaults } from "./form-data";

const TODAY = "2025-06-30";
const byKey = (key: string) => EVERY_TYPE.sections.flatMap((s) => s.questions).find((q) => q.key === key)!;

describe("field names", () => {
  it.each([
    ["welcome", []],
    ["respondent-type", ["respondent-type", "respondent-type-other", "respondent-type-organisation"]],
    ["barriers", ["barriers", "barriers-other"]],
    ["importance", ["importance.local", "importance.fees"]],
    ["priorities", ["priorities.rank-1", "priorities.rank-2", "priorities.rank-3"]],
    ["last-break", ["last-break-day", "last-break-month", "last-break-year"]],
    ["postcode", ["postcode"]],
  ])("%s", (key, names) => {
    expect(fieldNamesFor(byKey(key))).toEqual(names);
  });

  it.each([
    ["uses-breaks", ["other"], "uses-breaks-other"],
    ["respondent-type", ["organisation"], "respondent-type-organisation"],
    ["importance", ["fees"], "importance.fees"],
    ["importance", [], "importance.local"],
    ["priorities", [2], "priorities.rank-3"],
    ["last-break", ["year"], "last-break-year"],
    ["last-break", [], "last-break-day"],
    ["satisfaction", [], "satisfaction"],
  ] as const)("an issue on %s at %j goes to %s", (key, path, name) => {
    expect(fieldNameForIssue(byKey(key), path)).toBe(name);
  });
});

describe("parseFormAnswers", () => {
  it("reads every kind of field", () => {
    const entries: [string, string][] = [
      ["respondent-type", "organisation"],
      ["respondent-type-organisation", "Carers Bucks"],
      ["respondent-type-other", "ignored: not the chosen option"],
      ["postcode", "hp20 1ua"],
      ["last-break-day", "7"],
      ["last-break-month", "3"],
      ["last-break-year", "2024"],
      ["barriers", "transport"],
      ["barriers", "other"],
      ["barriers-other", "Evenings"],
      ["importance.local", "agree"],
      ["priorities.rank-1", "overnight"],
      ["priorities.rank-2", ""],
      ["priorities.rank-3", ""],
      ["not-a-question", "dropped"],
    ];
    expect(parseFormAnswers(EVERY_TYPE, undefined, entries)).toEqual({
      "respondent-type": { optionKey: "organisation", text: "Carers Bucks" },
      postcode: "hp20 1ua",
      "last-break": { day: "7", month: "3", year: "2024" },
      barriers: { optionKeys: ["transport", "other"], text: "Evenings" },
      importance: { local: "agree" },
      priorities: ["overnight", "", ""],
    });
  });

  it("leaves out questions with no fields posted (no JavaScript, nothing ticked)", () => {
    expect(parseFormAnswers(EVERY_TYPE, "your-views", [])).toEqual({});
    expect(
      parseFormAnswers(EVERY_TYPE, "your-views", [
        ["priorities.rank-1", ""],
        ["barriers-other", ""],
      ]),
    ).toEqual({
      barriers: { optionKeys: [], text: "" },
    });
  });

  it("reads only the page asked for, and ignores files", () => {
    const file = new Blob(["x"]);
    const entries: [string, unknown][] = [
      ["vision-agree", "agree"],
      ["postcode", "HP20"],
      ["vision-why", file],
    ];
    expect(parseFormAnswers(EVERY_TYPE, "your-views", entries)).toEqual({ "vision-agree": "agree" });
  });

  it("feeds validateAnswers so a blank optional page is valid and a blank required one is not", () => {
    const page = (sectionKey: string, entries: [string, string][]) =>
      validateAnswers(EVERY_TYPE, parseFormAnswers(EVERY_TYPE, sectionKey, entries), { sectionKey, today: TODAY });
    expect(page("keep-in-touch", [["email", ""]])).toEqual({ ok: true, answers: {} });
    expect(page("about-you", [])).toEqual({
      ok: false,
      fieldErrors: { "respondent-type": "Select an answer for 'Which of these best describes you?'" },
    });
  });
});

describe("toFormDefaults", () => {
  it("fills one page", () => {
    expect(toFormDefaults(EVERY_TYPE, EVERY_TYPE_ANSWERS, "about-you")).toEqual({
      "respondent-type": "parent-carer",
      postcode: "HP20",
      "children-count": "2",
      "last-break-day": "27",
      "last-break-month": "3",
      "last-break-year": "2024",
    });
  });

  it("round-trips through posted fields: validate ∘ parse ∘ toFormDefaults is the identity on visible answers (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers(EVERY_TYPE, TODAY), (answers) => {
        const entries = formValuesToEntries(toFormDefaults(EVERY_TYPE, answers));
        const result = validateAnswers(EVERY_TYPE, parseFormAnswers(EVERY_TYPE, undefined, entries), { today: TODAY });
        expect(result).toEqual({ ok: true, answers: dropHiddenAnswers(EVERY_TYPE, answers) });
      }),
    );
  });

  it("round-trips page by page too", () => {
    let soFar = {};
    for (const section of EVERY_TYPE.sections) {
      const entries = formValuesToEntries(toFormDefaults(EVERY_TYPE, EVERY_TYPE_ANSWERS, section.key));
      const result = validateAnswers(EVERY_TYPE, parseFormAnswers(EVERY_TYPE, section.key, entries), {
        sectionKey: section.key,
        answersSoFar: soFar,
        today: TODAY,
      });
      expect(result.ok).toBe(true);
      if (result.ok) soFar = { ...soFar, ...result.answers };
    }
    expect(soFar).toEqual(EVERY_TYPE_ANSWERS);
  });
});
