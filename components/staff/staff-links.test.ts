import { describe, expect, it } from "vitest";
import { staffItems, staffLinks } from "./staff-links";

const marked = (path: string) =>
  staffItems(staffLinks("ADMIN"), path)
    .filter((i) => i.active)
    .map((i) => [i.text, i.current ? "page" : "true"]);

describe("the staff navigation", () => {
  it("offers consultations to every role, and staff and audit to administrators only", () => {
    expect(staffLinks("OFFICER").map((l) => l.text)).toEqual(["Dashboard", "Consultations"]);
    expect(staffLinks("ANALYST").map((l) => l.text)).toEqual(["Dashboard", "Consultations"]);
    expect(staffLinks("ADMIN").map((l) => l.text)).toEqual([
      "Dashboard",
      "Consultations",
      "Staff",
      "Audit",
      "Personal data",
    ]);
  });

  it("marks the section a page is in, as the page itself or a page within it", () => {
    expect(marked("/staff")).toEqual([["Dashboard", "page"]]);
    expect(marked("/staff/consultations")).toEqual([["Consultations", "page"]]);
    expect(marked("/staff/consultations/abc/analysis")).toEqual([["Consultations", "true"]]);
    expect(marked("/staff/admin/audit")).toEqual([["Audit", "page"]]);
    expect(marked("/staff/admin/users/u1")).toEqual([["Staff", "true"]]);
    expect(marked("/staff/admin/retention/what-we-hold")).toEqual([["Personal data", "true"]]);
  });
});
