import { describe, expect, it } from "vitest";
import { ZShowOriginalText } from "./original-text";

describe("ZShowOriginalText", () => {
  it("needs a reason, within the length exports allow", () => {
    const base = { consultationId: "c", responseId: "r" };
    expect(ZShowOriginalText.safeParse({ ...base, reason: "  " }).error?.issues[0].message).toBe(
      "Enter why you need to see the original text",
    );
    expect(ZShowOriginalText.safeParse({ ...base, reason: "x".repeat(301) }).error?.issues[0].message).toMatch(
      /300 characters or fewer/,
    );
    expect(ZShowOriginalText.parse({ ...base, reason: " Safeguarding " }).reason).toBe("Safeguarding");
  });
});
