import { describe, expect, it } from "vitest";
import { EVERY_TYPE } from "@/lib/questionnaire/fixtures/every-type";
import { validPartOfPage } from "./partial-answers";

const TODAY = "2025-06-30";

describe("validPartOfPage", () => {
  it("keeps valid answers and drops the ones with problems", () => {
    const answers = validPartOfPage(
      EVERY_TYPE,
      { postcode: "HP20 1UA", "last-break": { day: "31", month: "2", year: "2024" } },
      { sectionKey: "about-you", today: TODAY },
    );
    expect(answers).toEqual({ postcode: "HP20" });
  });

  it("does not insist on required questions", () => {
    expect(validPartOfPage(EVERY_TYPE, {}, { sectionKey: "about-you", today: TODAY })).toEqual({});
  });

  it("drops an invalid 'Other' text with its choice", () => {
    const answers = validPartOfPage(
      EVERY_TYPE,
      { "respondent-type": { optionKey: "other", text: "" }, postcode: "HP19" },
      { sectionKey: "about-you", today: TODAY },
    );
    expect(answers).toEqual({ postcode: "HP19" });
  });
});
