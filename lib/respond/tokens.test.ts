import { describe, expect, it } from "vitest";
import { deriveToken, hashToken, isWellFormedToken, newToken } from "./tokens";

describe("tokens", () => {
  it("are 43 base64url characters and never repeat", () => {
    const tokens = Array.from({ length: 200 }, newToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
  });

  it("hash to a stable SHA-256 hex digest that differs from the token", () => {
    const token = newToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
    // The known SHA-256 of "abc", so the algorithm cannot silently change.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("derive different, well-formed secrets per purpose", () => {
    const token = newToken();
    const receipt = deriveToken(token, "receipt");
    const submission = deriveToken(token, "submission");
    expect(isWellFormedToken(receipt)).toBe(true);
    expect(receipt).not.toBe(submission);
    expect(receipt).not.toBe(token);
    expect(deriveToken(token, "receipt")).toBe(receipt);
  });

  it("refuses values we could not have issued", () => {
    for (const bad of [undefined, 42, "", "short", `${newToken()}x`, "a".repeat(42) + "/", "../../etc/passwd"]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
