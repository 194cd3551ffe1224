import { describe, expect, it } from "vitest";
import { EVERY_TYPE } from "@/lib/questionnaire/fixtures/every-type";
import { entriesToFormValues, inputBytes, MAX_INPUT_BYTES, unexpectedFields } from "./posted-input";

describe("posted input", () => {
  it("measures names and values in UTF-8 bytes", () => {
    expect(
      inputBytes([
        ["a", "é"],
        ["b", new Blob(["xyz"])],
      ]),
    ).toBe(1 + 2 + 1 + 3);
    expect(inputBytes([["big", "x".repeat(MAX_INPUT_BYTES)]])).toBeGreaterThan(MAX_INPUT_BYTES);
  });

  it("finds fields the page does not have", () => {
    const entries = [
      ["respondent-type", "other"],
      ["respondent-type-other", "Grandparent"],
      ["vision-agree", "agree"],
      ["admin", "1"],
    ] as const;
    expect(unexpectedFields(EVERY_TYPE, "about-you", entries)).toEqual(["vision-agree", "admin"]);
    expect(
      unexpectedFields(EVERY_TYPE, "about-you", [
        ["postcode", "HP19"],
        ["last-break-day", "1"],
      ]),
    ).toEqual([]);
  });

  it("keeps checkbox groups as lists when showing values again", () => {
    const entries = [
      ["barriers", "cost"],
      ["barriers", "transport"],
      ["uses-breaks", "clubs"],
    ] as const;
    expect(entriesToFormValues(EVERY_TYPE, "your-views", entries)).toEqual({
      barriers: ["cost", "transport"],
      "uses-breaks": "clubs",
    });
  });
});
