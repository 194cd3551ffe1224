import { describe, expect, it } from "vitest";
import {
  HONEYPOT_FIELD,
  isHoneypotFilled,
  ZReceiptRequestSchema,
  ZSaveForLaterSchema,
  ZSubmissionSchema,
} from "./response";

describe("ZReceiptRequestSchema", () => {
  it("makes the email optional and trims it", () => {
    expect(ZReceiptRequestSchema.parse({ email: "  " })).toEqual({ email: undefined, "wants-updates": false });
    expect(ZReceiptRequestSchema.parse({ email: " parent@example.com ", "wants-updates": "yes" })).toEqual({
      email: "parent@example.com",
      "wants-updates": true,
    });
  });

  it("says how to fix a badly formed address", () => {
    const result = ZReceiptRequestSchema.safeParse({ email: "parent@" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["email"],
      message: "Enter an email address in the correct format, like name@example.com",
    });
  });
});

describe("ZSaveForLaterSchema", () => {
  it("requires an address", () => {
    const result = ZSaveForLaterSchema.safeParse({ email: "" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["email"], message: "Enter your email address" });
    expect(ZSaveForLaterSchema.parse({ email: "a@b.example" })).toEqual({ email: "a@b.example" });
  });
});

describe("ZSubmissionSchema", () => {
  it("accepts a well-formed key only", () => {
    expect(ZSubmissionSchema.safeParse({ submissionKey: "x".repeat(43), versionId: "v1" }).success).toBe(true);
    expect(ZSubmissionSchema.safeParse({ submissionKey: "x", versionId: "v1" }).success).toBe(false);
  });
});

describe("honeypot", () => {
  it("is filled only by a non-blank value", () => {
    expect(isHoneypotFilled({})).toBe(false);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: " " })).toBe(false);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: "http://spam.example" })).toBe(true);
  });
});
