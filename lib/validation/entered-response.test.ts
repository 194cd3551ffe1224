import { describe, expect, it } from "vitest";
import { isLate, ZEnteredDetailsSchema } from "./entered-response";

const valid = {
  consultationId: "c1",
  entryKey: "abcdefghijklmnopqrstuvwxyz012345",
  format: "STANDARD",
  channel: "PAPER",
  completedHow: "BY_OBSERVATION",
  "received-day": "3",
  "received-month": "2",
  "received-year": "2026",
};

const messages = (input: Record<string, string>) => {
  const result = ZEnteredDetailsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("entered response details", () => {
  it("reads a complete form, with blanks as nothing and publication only for an organisation", () => {
    const parsed = ZEnteredDetailsSchema.parse({
      ...valid,
      partnerOrganisation: "  ",
      organisationPublish: "yes",
      organisationName: "Parent Forum",
    });
    expect(parsed).toMatchObject({
      channel: "PAPER",
      completedHow: "BY_OBSERVATION",
      partnerOrganisation: null,
      organisationName: "Parent Forum",
      organisationPublish: true,
      responseId: undefined,
    });
    expect(parsed.receivedAt.toISOString()).toBe("2026-02-03T00:00:00.000Z");
    expect(ZEnteredDetailsSchema.parse({ ...valid, organisationPublish: "no" }).organisationPublish).toBe(false);
  });

  it("gives a specific message for each missing or wrong field", () => {
    expect(messages({ consultationId: "c1", entryKey: valid.entryKey })).toEqual({
      format: "Select the format of the response",
      channel: "Select how the response reached us",
      completedHow: "Select how the response was completed",
      received: "Enter date received",
    });
    expect(messages({ ...valid, channel: "ONLINE" }).channel).toBe("Select how the response reached us");
    expect(messages({ ...valid, "received-day": "31", "received-month": "2" }).received).toBe(
      "Date received must be a real date",
    );
    expect(messages({ ...valid, organisationPublish: "yes" }).organisationName).toBe(
      "Enter the organisation's name, or say it did not agree to publication",
    );
    expect(messages({ ...valid, entryKey: "short" }).entryKey).toBe(
      "This page is out of date. Go back and start the entry again.",
    );
  });

  it("counts a response as late only when received after the consultation closed", () => {
    const closes = new Date("2026-04-22T22:59:00Z");
    expect(isLate(new Date("2026-04-22T00:00:00Z"), closes)).toBe(false);
    expect(isLate(new Date("2026-04-23T00:00:00Z"), closes)).toBe(true);
  });
});
