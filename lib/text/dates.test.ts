import { describe, expect, it } from "vitest";
import { datedWords, formatDateTime, formatTime } from "./dates";

// Winter dates are on GMT, so UTC hours are London hours; a summer date checks the zone is applied.
const at = (iso: string) => new Date(iso);

describe("formatTime (GOV.UK style)", () => {
  it.each([
    ["2026-12-06T00:00:00Z", "midnight"],
    ["2026-12-06T12:00:00Z", "midday"],
    ["2026-12-06T00:30:00Z", "12:30am"],
    ["2026-12-06T12:30:00Z", "12:30pm"],
    ["2026-12-06T09:00:00Z", "9am"],
    ["2026-12-06T17:30:00Z", "5:30pm"],
    ["2026-12-06T23:59:00Z", "11:59pm"],
    ["2026-12-06T01:05:00Z", "1:05am"],
  ])("%s reads %s", (iso, words) => {
    expect(formatTime(at(iso))).toBe(words);
  });

  it("shows London time in summer (BST)", () => {
    expect(formatTime(at("2026-06-30T23:00:00Z"))).toBe("midnight");
    expect(formatTime(at("2026-06-30T08:00:00Z"))).toBe("9am");
  });

  it("puts the time before the date", () => {
    expect(formatDateTime(at("2026-12-06T00:00:00Z"))).toBe("midnight on 6 December 2026");
    expect(formatDateTime(at("2027-01-03T23:59:00Z"))).toBe("11:59pm on 3 January 2027");
  });
});

describe("datedWords (tense by date)", () => {
  const closes = at("2027-03-07T23:59:00Z");
  it("speaks of a closing date still to come in the present tense", () => {
    expect(datedWords("closes", closes, at("2026-12-06T10:00:00Z"))).toBe("closes on 7 March 2027");
    expect(datedWords("closes", closes, at("2027-03-07T23:58:00Z"), true)).toBe("closes at 11:59pm on 7 March 2027");
  });
  it("speaks of a past date in the past tense, from that moment on", () => {
    expect(datedWords("closes", closes, closes)).toBe("closed on 7 March 2027");
    expect(datedWords("opens", at("2026-12-06T00:00:00Z"), at("2026-12-07T00:00:00Z"), true)).toBe(
      "opened at midnight on 6 December 2026",
    );
    expect(datedWords("opens", at("2026-12-06T00:00:00Z"), at("2026-12-05T00:00:00Z"))).toBe(
      "opens on 6 December 2026",
    );
  });
});
