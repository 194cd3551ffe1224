import { describe, expect, it } from "vitest";
import { columnLayout, MAX_COLUMN_STEP } from "./column-layout";

describe("columnLayout", () => {
  it("draws nothing for a single day: the table shows it", () => {
    expect(columnLayout(0, 640)).toBeNull();
    expect(columnLayout(1, 640)).toBeNull();
  });
  it("keeps a few days narrow instead of filling the plot", () => {
    expect(columnLayout(2, 640)).toMatchObject({ step: MAX_COLUMN_STEP, labelEvery: 1 });
    expect(columnLayout(2, 640)!.barWidth).toBeLessThan(40);
  });
  it("shares the width among many days and labels about six of them", () => {
    expect(columnLayout(64, 640)).toEqual({ step: 10, barWidth: 7, labelEvery: 11 });
  });
});
