import { describe, expect, it } from "vitest";
import {
  addCode,
  editCode,
  FALLBACK_CODES,
  mergeCodes,
  MAX_EXAMPLES,
  nextCodeId,
  pinExamples,
  togglePinnedExample,
} from "./codebook-edits";

const base = () =>
  addCode(addCode(FALLBACK_CODES, { name: "Parking", description: "Cars", examples: ["a1"], origin: "MANUAL" }).codes, {
    name: "Library",
    description: "Books",
    examples: ["a2", "a1"],
    origin: "CANDIDATE",
  }).codes;

describe("codebook edits", () => {
  it("numbers codes T1, T2… never reusing an id seen in an earlier version, fallbacks kept last", () => {
    const codes = base();
    expect(codes.map((c) => c.id)).toEqual(["T1", "T2", "OTHER", "NO_REASON"]);
    expect(nextCodeId(codes, ["T7"])).toBe("T8");
  });

  it("refuses a second theme with the same name in any case, on add and on rename", () => {
    expect(() => addCode(base(), { name: "parking", description: "", examples: [], origin: "MANUAL" })).toThrow(
      /already a theme called/,
    );
    expect(() => editCode(base(), "T2", "PARKING", "")).toThrow(/already a theme called/);
    expect(editCode(base(), "T2", "Libraries", "Books and study").find((c) => c.id === "T2")).toMatchObject({
      name: "Libraries",
      description: "Books and study",
    });
  });

  it("merges examples without duplicates and drops the merged code; fallbacks cannot be merged in", () => {
    const merged = mergeCodes(base(), "T1", "T2");
    expect(merged.map((c) => c.id)).toEqual(["T1", "OTHER", "NO_REASON"]);
    expect(merged[0].examples).toEqual(["a1", "a2"]);
    expect(() => mergeCodes(base(), "T1", "OTHER")).toThrow(/fallback/);
    expect(() => mergeCodes(base(), "T1", "T1")).toThrow(/different theme/);
    expect(() => mergeCodes(base(), "T1", "T9")).toThrow(/Select a theme/);
  });

  it("pins at most the allowed number of distinct examples", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `x${i % 25}`);
    expect(pinExamples(base(), "T1", ids).find((c) => c.id === "T1")?.examples).toHaveLength(MAX_EXAMPLES);
  });
  it("pins one example after the earlier ones, unpins it, and refuses a pin past the limit", () => {
    const pinned = togglePinnedExample(pinExamples(base(), "T1", ["a1"]), "T1", "a2", true);
    expect(pinned.find((c) => c.id === "T1")?.examples).toEqual(["a1", "a2"]);
    expect(togglePinnedExample(pinned, "T1", "a2", true).find((c) => c.id === "T1")?.examples).toEqual(["a1", "a2"]);
    expect(togglePinnedExample(pinned, "T1", "a1", false).find((c) => c.id === "T1")?.examples).toEqual(["a2"]);
    const full = pinExamples(
      base(),
      "T1",
      Array.from({ length: MAX_EXAMPLES }, (_, i) => `a${i}`),
    );
    expect(() => togglePinnedExample(full, "T1", "extra", true)).toThrow(`already has ${MAX_EXAMPLES} examples`);
  });
});
