import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: () => ({}) }));
const { safeRedirect } = await import("@/lib/services/auth/next-auth-options");

describe("safeRedirect (next-auth's redirect callback)", () => {
  const base = "https://consult.council.example";
  it("keeps staff paths on this site", () => {
    expect(safeRedirect(`${base}/staff/admin/users`, base)).toBe(`${base}/staff/admin/users`);
    expect(safeRedirect("/staff", base)).toBe(`${base}/staff`);
  });

  it("sends anything else to the dashboard", () => {
    for (const url of [
      "https://evil.example/staff",
      "//evil.example/staff",
      `${base}/`,
      "javascript:alert(1)",
      `${base}/sign-in`,
    ]) {
      expect(safeRedirect(url, base)).toBe(`${base}/staff`);
    }
  });
});
