import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("marks every case-insensitive match and keeps the original casing", () => {
    expect(highlightSegments("Library hours: the library shuts", "LIBRARY")).toEqual([
      { text: "Library", match: true },
      { text: " hours: the ", match: false },
      { text: "library", match: true },
      { text: " shuts", match: false },
    ]);
  });

  it("returns the whole text unmarked when nothing matches or the query is blank", () => {
    expect(highlightSegments("Parking permits", "flood")).toEqual([{ text: "Parking permits", match: false }]);
    expect(highlightSegments("Parking permits", "  ")).toEqual([{ text: "Parking permits", match: false }]);
  });

  it("does not overlap matches and rejoins to the original text", () => {
    const segments = highlightSegments("aaaa", "aa");
    expect(segments).toEqual([
      { text: "aa", match: true },
      { text: "aa", match: true },
    ]);
    expect(
      highlightSegments("a <b> & c", "<b>")
        .map((s) => s.text)
        .join(""),
    ).toBe("a <b> & c");
  });
});
