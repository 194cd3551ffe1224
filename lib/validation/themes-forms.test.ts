import { describe, expect, it } from "vitest";
import { ZQuoteStars, ZReviewBatch } from "./themes";

const target = { consultationId: "c1", questionKey: "why" };

describe("the review queue form", () => {
  it("turns posted radios and selects into decisions and additions, leaving LEAVE and blanks out", () => {
    const out = ZReviewBatch.parse({
      ...target,
      "decision-a1": "ACCEPTED",
      "decision-a2": "REJECTED",
      "decision-a3": "LEAVE",
      "decision-a4": "",
      "add-x1": "T2",
      "add-x2": "",
    });
    expect(out).toEqual({
      ...target,
      decisions: [
        { assignmentId: "a1", decision: "ACCEPTED" },
        { assignmentId: "a2", decision: "REJECTED" },
      ],
      additions: [{ answerId: "x1", codeId: "T2" }],
    });
  });

  it("says which field is wrong, and asks for at least one choice", () => {
    const bad = ZReviewBatch.safeParse({ ...target, "decision-a1": "MAYBE" });
    expect(bad.success || bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["decision-a1", "Choose accept, reject or leave for now"],
    ]);
    const none = ZReviewBatch.safeParse({ ...target, "decision-a1": "LEAVE", "add-x1": " " });
    expect(none.success || none.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["queue", "Accept or reject at least one suggestion, or add a theme to a comment"],
    ]);
  });
});

describe("the quote-star form", () => {
  it("stars the ticked quotes among those shown and ignores boxes for others", () => {
    expect(
      ZQuoteStars.parse({
        ...target,
        codeId: "T1",
        shown: "a1, a2,a3",
        "star-a1": "yes",
        "star-a3": "yes",
        "star-zz": "yes",
      }),
    ).toEqual({ ...target, codeId: "T1", shown: ["a1", "a2", "a3"], starred: ["a1", "a3"] });
    const empty = ZQuoteStars.safeParse({ ...target, codeId: "T1", shown: "" });
    expect(empty.success || empty.error.issues[0].message).toBe("There are no quotes on this page to star");
  });
});
