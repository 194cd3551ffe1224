import { describe, expect, it } from "vitest";
import { builderPageHref, builderPaging, PAGED_FROM_PAGES, PAGED_FROM_QUESTIONS } from "./builder-pages";

const sections = (...counts: number[]) => counts.map((n) => ({ questions: Array.from({ length: n }) }));

describe("builderPaging", () => {
  it("shows a short questionnaire whole", () => {
    expect(builderPaging(sections(8, 7), undefined)).toEqual({ paged: false, page: 0 });
    expect(builderPaging(sections(PAGED_FROM_QUESTIONS + 5), undefined)).toEqual({ paged: false, page: 0 });
  });
  it("shows a long questionnaire one page at a time, from the first", () => {
    expect(builderPaging(sections(12, 12), undefined)).toEqual({ paged: true, page: 0 });
    // An Easy Read questionnaire: one question on each of many pages.
    expect(builderPaging(sections(...Array.from({ length: PAGED_FROM_PAGES + 1 }, () => 1)), undefined)).toEqual({
      paged: true,
      page: 0,
    });
  });
  it("opens the page asked for, within the pages there are", () => {
    expect(builderPaging(sections(12, 12, 3), "3")).toEqual({ paged: true, page: 2 });
    expect(builderPaging(sections(12, 12), "9")).toEqual({ paged: true, page: 1 });
    expect(builderPaging(sections(2, 2), ["0"])).toEqual({ paged: true, page: 0 });
    expect(builderPaging(sections(12, 12), "two")).toEqual({ paged: true, page: 0 });
  });
  it("puts the page in the address", () => {
    expect(builderPageHref("/staff/consultations/c1/questionnaire/edit?format=EASY_READ", 1)).toBe(
      "/staff/consultations/c1/questionnaire/edit?format=EASY_READ&page=2",
    );
  });
});
