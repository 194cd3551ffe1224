import { describe, expect, it } from "vitest";
import { canPublishOutcome, checkCloseEarly, checkExtension } from "./lifecycle";
import { londonDateParts, londonToUtc } from "./london-time";

const c = {
  stage: "PUBLISHED" as const,
  opensAt: new Date("2027-03-01T00:00:00Z"),
  closesAt: new Date("2027-04-12T22:59:00Z"),
  closedEarlyAt: null,
};
const during = new Date("2027-03-20T12:00:00Z");
const after = new Date("2027-05-01T12:00:00Z");

describe("lifecycle rules", () => {
  it("extends only to a later date while not closed", () => {
    expect(checkExtension(c, new Date("2027-04-30T22:59:00Z"), during)).toEqual({ ok: true });
    expect(checkExtension(c, new Date("2027-04-01T22:59:00Z"), during).ok).toBe(false);
    expect(checkExtension(c, new Date("2027-06-01T22:59:00Z"), after).ok).toBe(false);
  });
  it("closes early only while open and with a reason", () => {
    expect(checkCloseEarly(c, "Withdrawn by Cabinet", during)).toEqual({ ok: true });
    expect(checkCloseEarly(c, "  ", during).ok).toBe(false);
    expect(checkCloseEarly(c, "reason", after).ok).toBe(false);
  });
  it("publishes an outcome only after closing", () => {
    expect(canPublishOutcome(c, during)).toBe(false);
    expect(canPublishOutcome(c, after)).toBe(true);
    expect(canPublishOutcome({ ...c, stage: "OUTCOME_PUBLISHED" }, after)).toBe(false);
  });
});

describe("London dates", () => {
  it("stores winter days at UTC and summer days an hour earlier", () => {
    expect(londonToUtc(2027, 1, 15, 23, 59)?.toISOString()).toBe("2027-01-15T23:59:00.000Z");
    expect(londonToUtc(2027, 7, 15, 23, 59)?.toISOString()).toBe("2027-07-15T22:59:00.000Z");
    expect(londonToUtc(2027, 3, 28, 0, 0)?.toISOString()).toBe("2027-03-28T00:00:00.000Z");
    expect(londonToUtc(2027, 3, 29, 0, 0)?.toISOString()).toBe("2027-03-28T23:00:00.000Z");
  });
  it("refuses impossible dates and round-trips parts", () => {
    expect(londonToUtc(2027, 6, 31)).toBeNull();
    expect(londonDateParts(londonToUtc(2027, 7, 15, 23, 59)!)).toEqual({ day: "15", month: "7", year: "2027" });
  });
});
