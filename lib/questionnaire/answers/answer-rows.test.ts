import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromAnswerRows, toAnswerRows } from "./answer-rows";
import { arbitraryAnswers } from "../fixtures/arbitraries";
import { EVERY_TYPE, EVERY_TYPE_ANSWERS } from "../fixtures/every-type";

describe("toAnswerRows", () => {
  const { rows, contact } = toAnswerRows(EVERY_TYPE, EVERY_TYPE_ANSWERS);
  const row = (questionKey: string) => rows.find((r) => r.questionKey === questionKey);

  it.each([
    ["respondent-type", { optionKeys: ["parent-carer"] }],
    ["uses-breaks", { optionKeys: ["other"], text: "Grandparents" }],
    ["barriers", { optionKeys: ["transport", "cost", "other"], text: "No evening sessions" }],
    ["vision-agree", { optionKeys: ["disagree"] }],
    ["unfair-impact", { optionKeys: ["not-sure"] }],
    ["importance.local", { optionKeys: ["strongly-agree"] }],
    ["importance.fees", { optionKeys: ["agree"] }],
    ["priorities", { optionKeys: ["overnight", "transport", "holiday-clubs"] }],
    ["satisfaction", { optionKeys: [], number: 2 }],
    ["children-count", { optionKeys: [], number: 2 }],
    ["last-break", { optionKeys: [], text: "2024-03-27" }],
    ["postcode", { optionKeys: [], text: "HP20" }],
    ["vision-why", { optionKeys: [], text: "Clubs are too far away for us." }],
  ])("%s", (key, expected) => {
    expect(row(key)).toEqual({ questionKey: key, ...expected });
  });

  it("keeps the email address out of the rows, as contact data", () => {
    expect(row("email")).toBeUndefined();
    expect(contact).toEqual({ email: "parent@example.com" });
  });

  it("stores an organisation's name in text", () => {
    const { rows: orgRows } = toAnswerRows(EVERY_TYPE, {
      "respondent-type": { optionKey: "organisation", text: "Carers Bucks" },
    });
    expect(orgRows).toEqual([{ questionKey: "respondent-type", optionKeys: ["organisation"], text: "Carers Bucks" }]);
  });

  it("has no rows for the grid's unanswered statements or information blocks", () => {
    const { rows: gridRows } = toAnswerRows(EVERY_TYPE, { importance: { fees: "agree" } });
    expect(gridRows).toEqual([{ questionKey: "importance.fees", optionKeys: ["agree"] }]);
  });
});

describe("fromAnswerRows", () => {
  it("inverts toAnswerRows (property)", () => {
    fc.assert(
      fc.property(arbitraryAnswers(EVERY_TYPE), (answers) => {
        const { rows, contact } = toAnswerRows(EVERY_TYPE, answers);
        expect(fromAnswerRows(EVERY_TYPE, rows, contact)).toEqual({ answers, skippedKeys: [] });
      }),
    );
  });

  it("reads database nulls as absent", () => {
    const { answers } = fromAnswerRows(EVERY_TYPE, [
      { questionKey: "uses-breaks", optionKeys: ["clubs"], text: null, number: null },
    ]);
    expect(answers).toEqual({ "uses-breaks": { optionKey: "clubs" } });
  });

  it("skips rows it cannot place rather than guessing", () => {
    const { answers, skippedKeys } = fromAnswerRows(EVERY_TYPE, [
      { questionKey: "gone", optionKeys: ["x"] },
      { questionKey: "importance.gone", optionKeys: ["agree"] },
      { questionKey: "uses-breaks", optionKeys: [] },
      { questionKey: "postcode", optionKeys: [], text: "HP20" },
    ]);
    expect(answers).toEqual({ postcode: "HP20" });
    expect(skippedKeys).toEqual(["gone", "importance.gone", "uses-breaks"]);
  });
});
