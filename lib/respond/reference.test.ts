import { describe, expect, it } from "vitest";
import { REFERENCE_ALPHABET, generateReference, normaliseReference } from "./reference";

describe("generateReference", () => {
  it("looks like SB-7K4Q-29XD and uses only unambiguous characters", () => {
    for (let i = 0; i < 500; i++) {
      const reference = generateReference("sb");
      expect(reference).toMatch(/^SB-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
    }
    for (const lookAlike of ["0", "O", "1", "I", "L", "U", "V"]) expect(REFERENCE_ALPHABET).not.toContain(lookAlike);
  });

  it("is practically unique", () => {
    const references = new Set(Array.from({ length: 20_000 }, () => generateReference("SB")));
    expect(references.size).toBe(20_000);
  });

  it("draws every character about equally often (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++)
      for (const c of generateReference("X").slice(2).replace("-", "")) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (4000 * 8) / REFERENCE_ALPHABET.length;
    expect(counts.size).toBe(REFERENCE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it("redraws bytes that would bias the result", () => {
    // 255 is above the largest multiple of 29 below 256, so it must be skipped.
    const bytes = [255, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    const reference = generateReference("SB", (n) => Uint8Array.from(bytes.splice(0, n)));
    expect(reference).toBe("SB-2345-6789");
  });
});

describe("normaliseReference", () => {
  it("accepts what people type", () => {
    expect(normaliseReference("sb-7k4q-29xd")).toBe("SB-7K4Q-29XD");
    expect(normaliseReference(" SB 7K4Q 29XD ")).toBe("SB-7K4Q-29XD");
    expect(normaliseReference("SB7K4Q29XD")).toBe("SB-7K4Q-29XD");
  });

  it("refuses what cannot be a reference", () => {
    for (const bad of ["", "SB-7K4Q", "SB-0K4Q-29XD", "SB-7K4Q-29XDX", "7K4Q29XD"])
      expect(normaliseReference(bad)).toBeUndefined();
  });
});
