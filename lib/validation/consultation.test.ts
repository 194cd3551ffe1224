import { describe, expect, it } from "vitest";
import { parseProposals, ZConsultationSchema, ZEventSchema, ZExtendSchema } from "./consultation";

const valid = {
  title: "Short breaks",
  slug: "short-breaks-2027",
  summary: "Tell us what you think.",
  body: "Body",
  isServiceChange: "yes",
  keyDecision: "no",
  "audience-CHILDREN_YOUNG_PEOPLE": "yes",
  "opens-day": "1",
  "opens-month": "7",
  "opens-year": "2027",
  "closes-day": "23",
  "closes-month": "9",
  "closes-year": "2027",
};

describe("ZConsultationSchema", () => {
  it("turns the posted form into typed input with London dates", () => {
    const out = ZConsultationSchema.parse({
      ...valid,
      proposals: "Book online\nA new system.\n\nMore clubs",
      topics: "Booking\nBooking\nClubs",
    });
    expect(out.opensAt.toISOString()).toBe("2027-06-30T23:00:00.000Z");
    expect(out.closesAt.toISOString()).toBe("2027-09-23T22:59:00.000Z");
    expect(out.audiences).toEqual(["CHILDREN_YOUNG_PEOPLE"]);
    expect(out.isServiceChange).toBe(true);
    expect(out.proposals).toEqual([
      { title: "Book online", description: "A new system." },
      { title: "More clubs", description: "" },
    ]);
    expect(out.topics).toEqual(["Booking", "Clubs"]);
    expect(out.contactEmail).toBeNull();
  });
  it("reports bad slugs, missing and impossible dates, and a close before the opening", () => {
    const result = ZConsultationSchema.safeParse({
      ...valid,
      slug: "Short Breaks",
      "opens-day": "31",
      "opens-month": "6",
      "closes-year": "",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toContain("slug");
    const dates = ZConsultationSchema.safeParse({ ...valid, "opens-day": "31", "opens-month": "6" });
    expect(dates.error!.issues.map((i) => i.path[0])).toEqual(["opens"]);
    const backwards = ZConsultationSchema.safeParse({ ...valid, "closes-month": "6" });
    expect(backwards.error!.issues.map((i) => i.message)).toEqual(["Closing date must be after the opening date"]);
  });
  it("makes the web address from the title when it is left blank, and keeps one the officer wrote", () => {
    expect(ZConsultationSchema.parse({ ...valid, title: "Library opening hours 2027", slug: "" }).slug).toBe(
      "library-opening-hours-2027",
    );
    expect(ZConsultationSchema.parse({ ...valid, title: "Library opening hours 2027" }).slug).toBe("short-breaks-2027");
    const nothing = ZConsultationSchema.safeParse({ ...valid, title: "— !!", slug: "" });
    expect(nothing.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["slug", "Enter a web address: the title has no letters or numbers to make one from"],
    ]);
  });
});

describe("ZExtendSchema", () => {
  it("needs a real new closing date", () => {
    expect(ZExtendSchema.safeParse({ consultationId: "c1" }).success).toBe(false);
    expect(
      ZExtendSchema.parse({
        consultationId: "c1",
        "closes-day": "1",
        "closes-month": "1",
        "closes-year": "2028",
      }).closesAt.toISOString(),
    ).toBe("2028-01-01T23:59:00.000Z");
  });
});

describe("parseProposals", () => {
  it("ignores blank paragraphs", () => expect(parseProposals("\n\n  \n")).toEqual([]));
});

describe("ZEventSchema", () => {
  const event = {
    consultationId: "c1",
    title: "Drop-in",
    place: "Library",
    "starts-day": "14",
    "starts-month": "5",
    "starts-year": "2027",
    time: "18:30",
  };
  it("reads a UK date and 24-hour time", () => {
    expect(ZEventSchema.parse(event).startsAt.toISOString()).toBe("2027-05-14T17:30:00.000Z");
  });
  it("refuses a time that is not hours and minutes", () => {
    expect(ZEventSchema.safeParse({ ...event, time: "6.30pm" }).error?.issues[0].path).toEqual(["time"]);
  });
});
