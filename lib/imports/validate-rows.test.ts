import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { autoMatchColumns, importTargets } from "./targets";
import { mappingFromForm, unmatchedValues } from "./unmatched-values";
import { rowValidator } from "./validate-rows";

const DEFINITION = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Test",
  sections: [
    {
      key: "main",
      title: "Main",
      questions: [
        { key: "who", type: "respondentType", title: "Which of these best describes you?", required: true },
        { key: "agree", type: "likert", title: "Do you agree?" },
        {
          key: "help",
          type: "multipleChoice",
          title: "What would help?",
          options: [
            { key: "transport", label: "Transport" },
            { key: "cost", label: "Lower cost" },
            { key: "other", label: "Other", other: true },
          ],
        },
        {
          key: "grid",
          type: "likertGrid",
          title: "How much do you agree?",
          statements: [{ key: "one", label: "Statement one" }],
        },
        { key: "when", type: "date", title: "When?", allowedDates: "any" },
        { key: "email", type: "email", title: "Email" },
      ],
    },
  ],
});
const TARGETS = importTargets(DEFINITION);

describe("importTargets and autoMatchColumns", () => {
  it("offers answers, grid statements and follow-up texts, but never email addresses", () => {
    expect(TARGETS.map((t) => t.name)).toEqual([
      "who",
      "who-other",
      "who-organisation",
      "agree",
      "help",
      "help-other",
      "grid.one",
      "when",
    ]);
  });

  it("matches headings by key or question, whatever the case, spacing and hyphens; each question once", () => {
    expect(
      autoMatchColumns(
        ["WHO", "do you agree", "Help - other", "grid.one", "Statement One", "unknown", "agree"],
        TARGETS,
      ),
    ).toEqual(["who", "agree", "help-other", "grid.one", "", "", ""]);
  });
});

describe("rowValidator", () => {
  const headers = ["who", "agree", "help", "help-other", "grid.one", "when"];
  const validate = rowValidator(DEFINITION, headers, { columns: headers, values: {} }, { today: "2026-01-01" });

  it("turns labels and keys into option keys and validates with the questionnaire's schema", () => {
    expect(validate(["A councillor", "strongly agree", "Transport; other", "Buses", "Agree", "9/3/2024"], 2)).toEqual({
      ok: true,
      answers: {
        who: { optionKey: "councillor" },
        agree: "strongly-agree",
        help: { optionKeys: ["transport", "other"], text: "Buses" },
        grid: { one: "agree" },
        when: "2024-03-09",
      },
    });
  });

  it("reports each problem with the row number, column, message and value", () => {
    const result = validate(["", "Maybe", "Transport, Buses", "", "", "=1+1"], 7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        row: 7,
        column: "agree",
        problem: expect.stringContaining("\u201cMaybe\u201d is not one of the answers"),
        value: "Maybe",
      },
      {
        row: 7,
        column: "help",
        problem: expect.stringContaining("\u201cBuses\u201d is not one of the answers"),
        value: "Transport, Buses",
      },
      { row: 7, column: "when", problem: expect.stringContaining("formula"), value: "=1+1" },
      { row: 7, column: "who", problem: expect.any(String), value: "" },
    ]);
  });

  it("uses the officer's choices for answers that match no option", () => {
    const mapping = mappingFromForm(DEFINITION, headers, {
      "column-0": "who",
      "column-1": "agree",
      "column-2": "nonsense",
      "value|agree|maybe": "neither",
      "value|agree|never": "not-an-option",
    });
    expect(mapping).toEqual({ columns: ["who", "agree", "", "", "", ""], values: { agree: { maybe: "neither" } } });
    const table = {
      headers,
      rows: [
        ["councillor", "Maybe", "", "", "", ""],
        ["councillor", "Never", "", "", "", ""],
      ],
    };
    expect(unmatchedValues(DEFINITION, table, mapping)).toEqual([
      {
        target: "agree",
        header: "agree",
        options: expect.any(Array),
        values: [
          { text: "Maybe", normalised: "maybe", chosen: "neither" },
          { text: "Never", normalised: "never", chosen: "" },
        ],
      },
    ]);
    const check = rowValidator(DEFINITION, headers, mapping, { today: "2026-01-01" });
    expect(check(table.rows[0], 2)).toEqual({
      ok: true,
      answers: { who: { optionKey: "councillor" }, agree: "neither" },
    });
    expect(check(table.rows[1], 3).ok).toBe(false);
  });
});
