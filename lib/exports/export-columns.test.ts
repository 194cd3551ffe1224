import { describe, expect, it } from "vitest";
import { exportColumns } from "./export-columns";
import { answer, EXPORT_DEFINITION, exportResponse } from "./export-fixtures";
import { exportRow } from "./export-rows";

const ids = (personalData = false, freeText = true) =>
  exportColumns([EXPORT_DEFINITION], { freeText, personalData }).map((c) => c.id);

function rowOf(response = exportResponse(), options = { freeText: true, personalData: false, originalText: false }) {
  const columns = exportColumns([EXPORT_DEFINITION], options);
  const cells = exportRow(columns, response, options);
  return Object.fromEntries(columns.map((c, i) => [c.id, cells[i]]));
}

describe("exportColumns", () => {
  it("has metadata, then a column per question key, a 0/1 column per multiple-choice option and one per grid statement", () => {
    expect(ids()).toEqual([
      "reference",
      "channel",
      "format",
      "respondent-type",
      "organisation",
      "completed-how",
      "submitted-at",
      "campaign",
      "who",
      "who.other-text",
      "plan",
      "uses.club",
      "uses.camp",
      "uses.other",
      "uses.other-text",
      "grid.a",
      "order.x",
      "order.y",
      "age",
      "where",
      "why",
    ]);
  });

  it("adds contact columns only with personal data, and drops free text when asked", () => {
    expect(ids(true)).toEqual(expect.arrayContaining(["contact-email", "contact-name"]));
    expect(ids(false)).not.toContain("contact-email");
    expect(ids(false, false)).not.toEqual(expect.arrayContaining(["why"]));
    expect(ids(false, false)).not.toContain("who.other-text");
  });

  it("takes questions only an older version had, after the newest version's", () => {
    const older = {
      ...EXPORT_DEFINITION,
      sections: [
        {
          key: "old",
          title: "Old",
          questions: [{ key: "gone", type: "yesNo" as const, title: "Old question", required: false }],
        },
      ],
    };
    expect(exportColumns([EXPORT_DEFINITION, older], { freeText: true, personalData: false }).at(-1)?.id).toBe("gone");
  });
});

describe("exportRow", () => {
  const response = exportResponse({
    answers: [
      answer("who", { optionKeys: ["parent-carer"] }),
      answer("plan", { optionKeys: ["agree"] }),
      answer("uses", { optionKeys: ["club"] }),
      answer("grid.a", { optionKeys: ["disagree"] }),
      answer("order", { optionKeys: ["y", "x"] }),
      answer("age", { number: 42 }),
      answer("where", { text: "HP20 1UA" }),
      answer("why", { text: "Email me at alys@example.com or 07700 900123. Alys Jones" }),
    ],
  });

  it("writes labels, 0/1 choices, ranks and numbers, and leaves unanswered multiple choice blank", () => {
    const row = rowOf(response);
    expect(row).toMatchObject({
      channel: "Paper",
      format: "Easy Read",
      "respondent-type": "A parent or carer",
      plan: "Agree",
      "uses.club": 1,
      "uses.camp": 0,
      "grid.a": "Disagree",
      "order.x": 2,
      "order.y": 1,
      age: 42,
      "submitted-at": "2026-03-02T10:00:00.000Z",
    });
    expect(rowOf(exportResponse())["uses.club"]).toBeNull();
  });

  it("redacts free text by default, and keeps only the postcode district", () => {
    const row = rowOf(response);
    expect(row.why).toBe("Email me at [email] or [phone]. [name]");
    expect(row.where).toBe("HP20");
  });

  it("prefers the stored redacted copy, and gives the original text and full postcode only when asked", () => {
    const stored = exportResponse({
      answers: [answer("why", { text: "Call 07700 900123", redactedText: "Call [phone] (stored)" })],
    });
    expect(rowOf(stored).why).toBe("Call [phone] (stored)");
    const original = rowOf(response, { freeText: true, personalData: true, originalText: true });
    expect(original.why).toBe("Email me at alys@example.com or 07700 900123. Alys Jones");
    expect(original.where).toBe("HP20 1UA");
  });

  it("fills contact columns from the contact details", () => {
    const row = rowOf(exportResponse({ contact: { email: "alys@example.com", name: "Alys Jones" } }), {
      freeText: true,
      personalData: true,
      originalText: false,
    });
    expect(row).toMatchObject({ "contact-email": "alys@example.com", "contact-name": "Alys Jones" });
  });
});
