import { describe, expect, it } from "vitest";
import { chosenFile } from "./posted-file";

describe("chosenFile", () => {
  it("treats an empty file input as no file, whatever name the part arrived with", () => {
    expect(chosenFile(new File([], ""))).toBeNull();
    expect(chosenFile(new File([], "blob"))).toBeNull();
    expect(chosenFile(new File([], "undefined", { type: "application/octet-stream" }))).toBeNull();
  });

  it("treats text, nothing and other values as no file", () => {
    expect(chosenFile("")).toBeNull();
    expect(chosenFile(undefined)).toBeNull();
    expect(chosenFile(null)).toBeNull();
  });

  it("returns a file with bytes, whatever its type (the type is checked later)", () => {
    const file = new File([Uint8Array.from([0x89, 0x50])], "drawing.png", { type: "image/png" });
    expect(chosenFile(file)).toBe(file);
  });
});
