import { describe, expect, it } from "vitest";
import { containsControlCharacters, hasControlCharacters, markBidiControls } from "./control-characters";

describe("control characters", () => {
  it("finds NUL and other C0 controls, but not tab or line breaks", () => {
    expect(hasControlCharacters("before\u0000after")).toBe(true);
    expect(hasControlCharacters("bell\u0007")).toBe(true);
    expect(hasControlCharacters("del\u007f")).toBe(true);
    expect(hasControlCharacters("tab\tnew\nline\r\n")).toBe(false);
    expect(hasControlCharacters("café – “quotes” 😀")).toBe(false);
  });

  it("looks inside posted lists and objects", () => {
    expect(containsControlCharacters(["ok", "bad\u0000"])).toBe(true);
    expect(containsControlCharacters({ optionKey: "other", text: "x\u0001" })).toBe(true);
    expect(containsControlCharacters({ a: 1 })).toBe(false);
  });

  it("shows bidi overrides as visible markers", () => {
    expect(markBidiControls("abc\u202Edef\u2066")).toBe("abc[U+202E]def[U+2066]");
    expect(markBidiControls("plain")).toBe("plain");
  });
});
