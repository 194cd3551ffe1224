import { describe, expect, it } from "vitest";
import { describeShowIf } from "./condition-text";
import { EVERY_TYPE } from "../fixtures/every-type";

const rule = (key: string) => EVERY_TYPE.sections.flatMap((s) => s.questions).find((q) => q.key === key)?.showIf;

describe("describeShowIf", () => {
  it("names the options and the question they answer", () => {
    expect(describeShowIf(EVERY_TYPE, rule("vision-why"))).toBe(
      "Answer this if you answered ‘Disagree’ or ‘Strongly disagree’ to ‘Short breaks should help children make friends and learn new skills’.",
    );
  });

  it("joins 'or' rules", () => {
    expect(describeShowIf(EVERY_TYPE, rule("barriers-more"))).toMatch(
      /^Answer this if you answered ‘Transport’ to ‘What makes it hard to use short breaks\?’ or you answered ‘Cost’ to/,
    );
  });

  it("describes equals, notIncludes, yes/no and grid statements", () => {
    expect(
      describeShowIf(EVERY_TYPE, {
        combinator: "and",
        conditions: [{ questionKey: "respondent-type", operator: "equals", values: ["parent-carer"] }],
      }),
    ).toBe("Answer this if you answered ‘A parent or carer’ to ‘Which of these best describes you?’.");
    expect(
      describeShowIf(EVERY_TYPE, {
        combinator: "and",
        conditions: [{ questionKey: "uses-breaks", operator: "notIncludes", values: ["clubs", "overnight"] }],
      }),
    ).toBe(
      "Answer this if you did not answer ‘Clubs and activities’ or ‘Overnight breaks’ to ‘Which kind of short break does your family use most?’.",
    );
    expect(
      describeShowIf(EVERY_TYPE, {
        combinator: "and",
        conditions: [{ questionKey: "importance.fees", operator: "includes", values: ["agree"] }],
      }),
    ).toMatch(/^Answer this if you answered ‘Agree’ to ‘/);
  });

  it("is undefined for questions that are always shown", () => {
    expect(describeShowIf(EVERY_TYPE, undefined)).toBeUndefined();
  });
});
