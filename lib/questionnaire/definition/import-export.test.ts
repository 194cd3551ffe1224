import { describe, expect, it } from "vitest";
import { EVERY_TYPE } from "../fixtures/every-type";
import { QUESTIONNAIRE_FILE_SCHEMA, exportQuestionnaire, importQuestionnaire } from "./import-export";

const withSections = (sections: unknown[]) =>
  JSON.stringify({ $schema: QUESTIONNAIRE_FILE_SCHEMA, format: "STANDARD", title: "T", sections });
const page = (questions: unknown[]) => ({ key: "p", title: "P", questions });

describe("exportQuestionnaire", () => {
  it("writes pretty JSON with the format marker first", () => {
    const json = exportQuestionnaire(EVERY_TYPE);
    expect(json.startsWith(`{\n  "$schema": "${QUESTIONNAIRE_FILE_SCHEMA}",\n  "format": "STANDARD"`)).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });

  it("round-trips through import", () => {
    expect(importQuestionnaire(exportQuestionnaire(EVERY_TYPE))).toEqual({ ok: true, definition: EVERY_TYPE });
  });
});

describe("importQuestionnaire", () => {
  it.each([
    ["an empty file", "  ", [{ path: "", message: "The file is empty" }]],
    [
      "broken JSON, with its line and column",
      '{\n  "title": "T",\n  oops\n}',
      [{ path: "", message: "The file is not valid JSON: there is a problem at line 3, column 3" }],
    ],
    [
      "a list instead of a questionnaire",
      "[]",
      [{ path: "", message: "The file must contain one questionnaire, as a JSON object" }],
    ],
    [
      "another format",
      JSON.stringify({ $schema: "urn:other:v9" }),
      [
        {
          path: "$schema",
          message: `This file is in a format we cannot read (urn:other:v9). Export it again as ${QUESTIONNAIRE_FILE_SCHEMA}`,
        },
      ],
    ],
  ])("explains %s", (_label, json, errors) => {
    expect(importQuestionnaire(json)).toEqual({ ok: false, errors });
  });

  it("names the path of each problem in the definition", () => {
    const json = withSections([
      page([
        { key: "a", type: "yesNo", title: "A" },
        { key: "b", type: "shortText", title: "" },
        { key: "c", type: "singleChoice", title: "C", options: [{ key: "x", label: "X" }] },
        { key: "d", type: "slider", title: "D" },
        { key: "e", type: "number", title: "E", min: "one" },
        { key: "F", type: "yesNo", title: "F" },
      ]),
    ]);
    expect(importQuestionnaire(json)).toEqual({
      ok: false,
      errors: [
        { path: "sections[0].questions[1].title", message: "Enter the question" },
        { path: "sections[0].questions[2].options", message: "Add at least 2 options" },
        {
          path: "sections[0].questions[3].type",
          message:
            'Unknown type "slider". Use one of: shortText, longText, singleChoice, multipleChoice, likert, likertGrid, rating, ranking, yesNo, number, date, postcode, email, respondentType, info',
        },
        { path: "sections[0].questions[4].min", message: "Expected a number" },
        {
          path: "sections[0].questions[5].key",
          message: "Keys use lower-case letters, numbers and hyphens, starting with a letter",
        },
      ],
    });
  });

  it("asks for a missing question type", () => {
    const result = importQuestionnaire(withSections([page([{ key: "a", title: "A" }])]));
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          path: "sections[0].questions[0].type",
          message: expect.stringMatching(/^Give a type\. Use one of: shortText, /),
        },
      ],
    });
  });

  it("applies the publish checks by default, with their paths", () => {
    const json = withSections([
      page([
        { key: "a", type: "yesNo", title: "A" },
        { key: "a", type: "yesNo", title: "Again" },
      ]),
    ]);
    expect(importQuestionnaire(json)).toEqual({
      ok: false,
      errors: [
        {
          path: "sections[0].questions[1].key",
          message: "The key 'a' is already used by the question 'A'. Keys must be unique",
        },
      ],
    });
  });

  it("accepts an unfinished draft when not strict", () => {
    const json = withSections([page([{ key: "i", type: "info", title: "Intro" }])]);
    expect(importQuestionnaire(json).ok).toBe(false);
    expect(importQuestionnaire(json, { strict: false }).ok).toBe(true);
  });

  it("accepts a hand-written file without the marker, and a byte-order mark", () => {
    const json = `\uFEFF${JSON.stringify({ format: "EASY_READ", title: "T", sections: [page([{ key: "a", type: "yesNo", title: "A" }])] })}`;
    const result = importQuestionnaire(json);
    expect(result.ok && result.definition.format).toBe("EASY_READ");
  });
});
