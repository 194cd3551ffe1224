import { describe, expect, it } from "vitest";
import { ZSignInRequestSchema } from "./auth";

describe("ZSignInRequestSchema", () => {
  it("trims and lower-cases the address", () => {
    expect(ZSignInRequestSchema.parse({ email: "  Officer@Council.Example " }).email).toBe("officer@council.example");
  });

  it.each([
    ["", "Enter your email address"],
    ["   ", "Enter your email address"],
    ["not-an-email", "Enter an email address in the correct format, like name@example.com"],
    ["a@b", "Enter an email address in the correct format, like name@example.com"],
    [`${"a".repeat(250)}@x.org`, "Email address must be 254 characters or fewer"],
  ])("refuses %j with a GOV.UK message", (email, message) => {
    const result = ZSignInRequestSchema.safeParse({ email });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });

  it.each([
    [undefined, "/staff"],
    ["/staff/admin/audit?action=auth.signIn", "/staff/admin/audit?action=auth.signIn"],
    ["https://evil.example/staff", "/staff"],
    ["//evil.example", "/staff"],
    ["/staffing", "/staff"],
    ["/sign-in", "/staff"],
  ])("keeps only staff paths as the return address (%s)", (callbackUrl, expected) => {
    expect(ZSignInRequestSchema.parse({ email: "a@council.example", callbackUrl }).callbackUrl).toBe(expected);
  });
});
