import { describe, expect, it } from "vitest";
import { slugFromTitle } from "./slug";

describe("slugFromTitle", () => {
  it("joins lower-case words with hyphens", () => {
    expect(slugFromTitle("Library opening hours: have your say (2027)")).toBe(
      "library-opening-hours-have-your-say-2027",
    );
  });
  it("drops accents, apostrophes and symbols, and spells out &", () => {
    expect(slugFromTitle("  Café & Children’s   Centres — Review!  ")).toBe("cafe-and-childrens-centres-review");
  });
  it("keeps to 80 characters without cutting a word", () => {
    const slug = slugFromTitle(`${"Parks ".repeat(20)}consultation`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^parks(-parks)*$/);
  });
  it("gives nothing for a title with no letters or numbers", () => {
    expect(slugFromTitle("— !!")).toBe("");
  });
});
