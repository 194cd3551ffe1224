import { describe, expect, it } from "vitest";
import { ZEasyReadSummaryForm } from "./easy-read-summary";

const form = (blocks: number, fields: Record<string, string>) => ({
  consultationId: "c1",
  blocks: String(blocks),
  ...fields,
});

describe("the Easy Read summary form", () => {
  it("keeps filled blocks in order and drops empty ones", () => {
    const parsed = ZEasyReadSummaryForm.parse(
      form(4, {
        "block-1-picture": "/easy-read/pictures/1F3E0.svg",
        "block-1-heading": "Our idea",
        "block-1-text": " More short breaks near home. ",
        "block-3-text": "Tell us what you think.",
        "block-3-picture": "/easy-read/uploads/abc123",
      }),
    );
    expect(parsed).toEqual({
      consultationId: "c1",
      summary: [
        { picture: "/easy-read/pictures/1F3E0.svg", heading: "Our idea", text: "More short breaks near home." },
        { picture: "/easy-read/uploads/abc123", text: "Tell us what you think." },
      ],
    });
  });

  it("removes the summary when every block is cleared", () => {
    expect(ZEasyReadSummaryForm.parse(form(2, { "block-1-text": "  " })).summary).toBeNull();
  });

  it("names the block whose words are missing or whose picture is not ours", () => {
    const result = ZEasyReadSummaryForm.safeParse(
      form(2, { "block-2-heading": "Our idea", "block-1-text": "Hi", "block-1-picture": "https://example.com/x.png" }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["block-1-picture", "Choose a picture for block 1 from the list"],
      ["block-2-text", "Enter the words for block 2, or clear its heading and picture"],
    ]);
  });
});
