import { describe, expect, it } from "vitest";
import { EVERY_TYPE, EVERY_TYPE_ANSWERS } from "../fixtures/every-type";
import { NOT_ANSWERED, describeAnswer, describeAnswerLines } from "./summary";

const byKey = (key: string) => EVERY_TYPE.sections.flatMap((s) => s.questions).find((q) => q.key === key)!;

describe("describeAnswer", () => {
  it.each([
    ["respondent-type", "A parent or carer"],
    ["postcode", "HP20"],
    ["children-count", "2"],
    ["last-break", "27 March 2024"],
    ["vision-agree", "Disagree"],
    ["uses-breaks", "Something else: Grandparents"],
    ["barriers", "Transport; Cost; Something else: No evening sessions"],
    [
      "importance",
      "Short breaks should be close to home: Strongly agree\nActivity fees should be the same across the county: Agree",
    ],
    ["satisfaction", "2 out of 5"],
    ["priorities", "1. Overnight breaks\n2. Transport\n3. Holiday clubs"],
    ["unfair-impact", "Not sure"],
    ["email", "parent@example.com"],
  ])("%s", (key, text) => {
    expect(describeAnswer(byKey(key), EVERY_TYPE_ANSWERS[key])).toBe(text);
  });

  it("names the ends of a rating scale", () => {
    expect(describeAnswer(byKey("satisfaction"), 1)).toBe("1 (Very dissatisfied)");
    expect(describeAnswer(byKey("satisfaction"), 5)).toBe("5 (Very satisfied)");
  });

  it("shows an organisation's name", () => {
    expect(describeAnswer(byKey("respondent-type"), { optionKey: "organisation", text: "Carers Bucks" })).toBe(
      "Responding on behalf of an organisation: Carers Bucks",
    );
  });

  it("says when a question or grid row was not answered", () => {
    expect(describeAnswer(byKey("postcode"), undefined)).toBe(NOT_ANSWERED);
    expect(describeAnswerLines(byKey("importance"), { fees: "agree" })).toEqual([
      `Short breaks should be close to home: ${NOT_ANSWERED}`,
      "Activity fees should be the same across the county: Agree",
    ]);
  });

  it("formats large numbers", () => {
    expect(describeAnswer({ ...byKey("children-count"), type: "number" } as never, 12000)).toBe("12,000");
  });
});
