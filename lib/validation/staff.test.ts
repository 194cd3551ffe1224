import { describe, expect, it } from "vitest";
import {
  auditFilterInput,
  londonStartOfDay,
  ZAuditFilterSchema,
  ZStaffAddCommandSchema,
  ZStaffInviteSchema,
} from "./staff";

describe("ZStaffInviteSchema", () => {
  it("needs a name, a valid address and a role", () => {
    const result = ZStaffInviteSchema.safeParse({ name: " ", email: "nope", role: "OWNER" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: "Enter their full name",
      email: "Enter an email address in the correct format, like name@example.com",
      role: "Select a role",
    });
  });

  it("normalises the address", () => {
    expect(ZStaffInviteSchema.parse({ name: "Nia", email: "NIA@Council.Example", role: "ANALYST" }).email).toBe(
      "nia@council.example",
    );
  });
});

describe("ZStaffAddCommandSchema", () => {
  it("takes the role in any case", () => {
    expect(ZStaffAddCommandSchema.parse({ name: "Ada Admin", email: "Ada@Council.Example", role: " admin " })).toEqual({
      name: "Ada Admin",
      email: "ada@council.example",
      role: "ADMIN",
    });
  });

  it("says what is wrong with each option, including a missing one", () => {
    const result = ZStaffAddCommandSchema.safeParse({ email: "ada@council", role: "KING" });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: "Enter their full name",
      email: "Enter an email address in the correct format, like name@example.com",
      role: "The role must be ADMIN, OFFICER or ANALYST",
    });
    expect(
      ZStaffAddCommandSchema.safeParse({ name: "Ada", email: "ada@council.example" }).error!.issues[0].message,
    ).toBe("Give a role: ADMIN, OFFICER or ANALYST");
  });
});

describe("londonStartOfDay", () => {
  it("is midnight GMT in winter and 11pm UTC the day before in summer", () => {
    expect(londonStartOfDay(2026, 1, 15).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(londonStartOfDay(2026, 7, 1).toISOString()).toBe("2026-06-30T23:00:00.000Z");
    // The days the clocks change.
    expect(londonStartOfDay(2026, 3, 29).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(londonStartOfDay(2026, 10, 25).toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });
});

describe("ZAuditFilterSchema", () => {
  const parse = (query: Record<string, string>) => ZAuditFilterSchema.safeParse(auditFilterInput(query));

  it("has no filters and page 1 by default", () => {
    expect(parse({}).data).toEqual({ actorId: undefined, action: undefined, from: undefined, to: undefined, page: 1 });
  });

  it("turns London dates into an inclusive range", () => {
    const result = parse({
      "from-day": "1",
      "from-month": "7",
      "from-year": "2026",
      "to-day": "1",
      "to-month": "7",
      "to-year": "2026",
      action: "staff.invite",
      page: "3",
    });
    expect(result.data).toMatchObject({ action: "staff.invite", page: 3 });
    expect(result.data?.from?.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(result.data?.to?.toISOString()).toBe("2026-07-01T23:00:00.000Z");
  });

  it("explains impossible dates, unknown actions and back-to-front ranges", () => {
    const bad = parse({ "from-day": "31", "from-month": "2", "from-year": "2026", action: "hack" });
    const paths = bad.error?.issues.map((i) => [i.path[0], i.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["from", "Date from must be a real date, like 27 3 2026"],
        ["action", "Select an action from the list"],
      ]),
    );
    const backwards = parse({
      "from-day": "2",
      "from-month": "7",
      "from-year": "2026",
      "to-day": "1",
      "to-month": "7",
      "to-year": "2026",
    });
    expect(backwards.error?.issues[0]).toMatchObject({
      path: ["to"],
      message: "Date to must be the same as or after date from",
    });
  });

  it("treats a nonsense page number as page 1", () => {
    expect(parse({ page: "-4" }).data?.page).toBe(1);
    expect(parse({ page: "abc" }).data?.page).toBe(1);
  });
});
