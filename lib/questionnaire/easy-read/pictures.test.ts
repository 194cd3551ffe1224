import { describe, expect, it } from "vitest";
import { BUNDLED_LIBRARY, PICTURES, pictureSrc, searchLibrary, type TLibraryPicture } from "./pictures";

describe("searchLibrary", () => {
  it("lists every picture for an empty search", () => {
    expect(searchLibrary(BUNDLED_LIBRARY, "  ")).toHaveLength(PICTURES.length);
  });

  it("finds pictures by keyword as well as by name", () => {
    const names = searchLibrary(BUNDLED_LIBRARY, "sleepover").map((p) => p.name);
    expect(names).toEqual(["Bed", "Moon"]);
    expect(searchLibrary(BUNDLED_LIBRARY, "House").map((p) => p.src)).toEqual([
      pictureSrc("1F3E0"),
      pictureSrc("1F3E1"),
    ]);
  });

  it("needs every word to match, ignoring case", () => {
    expect(searchLibrary(BUNDLED_LIBRARY, "HAPPY smile").map((p) => p.name)).toEqual(["Happy face"]);
    expect(searchLibrary(BUNDLED_LIBRARY, "happy football")).toEqual([]);
  });

  it("searches officers' own pictures by their description", () => {
    const own: TLibraryPicture = {
      src: "/easy-read/uploads/abc",
      name: "A bus stop near school",
      keywords: ["Photosymbols"],
    };
    expect(searchLibrary([...BUNDLED_LIBRARY, own], "bus stop")).toEqual([own]);
    expect(searchLibrary([own], "photosymbols")).toEqual([own]);
  });

  it("gives every bundled picture a name and keywords", () => {
    for (const p of PICTURES) expect(p.keywords.length, p.name).toBeGreaterThan(0);
  });
});
