import { describe, expect, it } from "vitest";
import { type TQuestion, ZQuestion } from "../definition/definition";
import { answerSchemaFor } from "./answer-values";

const TODAY = "2025-06-30";
const question = (input: Record<string, unknown>): TQuestion =>
  ZQuestion.parse({ key: "q", title: "Question", ...input });

type TExpected = { value: unknown } | { error: string; path?: PropertyKey[] };

function run(q: TQuestion, input: unknown): TExpected {
  const result = answerSchemaFor(q, { today: TODAY }).safeParse(input);
  if (result.success) return { value: result.data };
  const [issue] = result.error.issues;
  return { error: issue.message, path: issue.path };
}

function table(name: string, q: TQuestion, rows: ReadonlyArray<[label: string, input: unknown, expected: TExpected]>) {
  describe(name, () => {
    it.each(rows)("%s", (_label, input, expected) => {
      const actual = run(q, input);
      if ("value" in expected) expect(actual).toEqual(expected);
      else expect(actual).toMatchObject(expected.path ? expected : { error: expected.error });
    });
  });
}

const OPTIONS = [
  { key: "transport", label: "Transport" },
  { key: "overnight", label: "Overnight breaks" },
  { key: "other", label: "Something else", other: true },
  { key: "none", label: "None of these", exclusive: true },
];

table("shortText", question({ type: "shortText", maxChars: 10, required: true, title: "Your name" }), [
  ["trims", "  Sam  ", { value: "Sam" }],
  ["exactly at the limit", "a".repeat(10), { value: "a".repeat(10) }],
  ["counts an emoji as one character", "😀".repeat(10), { value: "😀".repeat(10) }],
  ["over the limit", "a".repeat(11), { error: "Enter no more than 10 characters" }],
  ["blank when required", "   ", { error: "Enter an answer for 'Your name'" }],
  ["missing when required", undefined, { error: "Enter an answer for 'Your name'" }],
  ["not text", 12, { error: "Enter your answer as text" }],
]);

table("shortText, optional", question({ type: "shortText" }), [
  ["blank is not answered", "", { value: undefined }],
  ["default limit of 200", "a".repeat(201), { error: "Enter no more than 200 characters" }],
]);

table("longText", question({ type: "longText", maxWords: 5, maxChars: 40 }), [
  ["five words", "one two three four five", { value: "one two three four five" }],
  ["six words", "one two three four five six", { error: "Enter no more than 5 words" }],
  ["line breaks normalised", "one\r\ntwo", { value: "one\ntwo" }],
  ["too many characters", "a".repeat(41), { error: "Enter no more than 40 characters" }],
]);

table("longText, word limit of 500", question({ type: "longText", maxWords: 500 }), [
  ["501 words", Array(501).fill("word").join(" "), { error: "Enter no more than 500 words" }],
  ["no officer limit still has a ceiling", "a".repeat(10_001), { error: "Enter no more than 10,000 characters" }],
]);

const single = question({
  type: "singleChoice",
  title: "Which break do you use most?",
  required: true,
  options: OPTIONS.slice(0, 3),
});
table("singleChoice", single, [
  ["an option", { optionKey: "transport" }, { value: { optionKey: "transport" } }],
  ["a bare key", "overnight", { value: { optionKey: "overnight" } }],
  [
    "text for a non-other option is dropped",
    { optionKey: "transport", text: "x" },
    { value: { optionKey: "transport" } },
  ],
  [
    "other with text",
    { optionKey: "other", text: " Grandparents " },
    { value: { optionKey: "other", text: "Grandparents" } },
  ],
  [
    "other without text",
    { optionKey: "other", text: " " },
    { error: "Tell us what you mean by 'Something else'", path: ["other"] },
  ],
  [
    "other text too long",
    { optionKey: "other", text: "a".repeat(201) },
    { error: "Enter no more than 200 characters", path: ["other"] },
  ],
  ["a value never offered", { optionKey: "hacked" }, { error: "Select an option from the list", path: [] }],
  [
    "nothing chosen",
    { optionKey: "", text: "typed anyway" },
    { error: "Select an answer for 'Which break do you use most?'" },
  ],
  ["not an object", 7, { error: "Select an option from the list" }],
]);

const respondent = question({ type: "respondentType", title: "Which of these best describes you?", required: true });
table("respondentType", respondent, [
  ["a type", { optionKey: "carer" }, { value: { optionKey: "carer" } }],
  [
    "organisation with its name",
    { optionKey: "organisation", text: "Carers Bucks" },
    { value: { optionKey: "organisation", text: "Carers Bucks" } },
  ],
  [
    "organisation without a name",
    { optionKey: "organisation" },
    { error: "Enter the name of your organisation", path: ["organisation"] },
  ],
  ["other without text", { optionKey: "other" }, { error: "Tell us what you mean by 'Other'", path: ["other"] }],
  ["missing", undefined, { error: "Select an answer for 'Which of these best describes you?'" }],
]);

const multiple = question({
  type: "multipleChoice",
  title: "What makes it hard?",
  options: OPTIONS,
  maxChoices: 2,
  required: true,
});
table("multipleChoice", multiple, [
  [
    "several, put in questionnaire order",
    ["overnight", "transport"],
    { value: { optionKeys: ["transport", "overnight"] } },
  ],
  ["one as a bare string", "transport", { value: { optionKeys: ["transport"] } }],
  ["duplicates collapse", ["transport", "transport"], { value: { optionKeys: ["transport"] } }],
  ["exclusive on its own", { optionKeys: ["none"] }, { value: { optionKeys: ["none"] } }],
  [
    "exclusive with another",
    ["none", "transport"],
    { error: "Select 'None of these' on its own, or clear it to choose other options" },
  ],
  ["over the maximum", ["transport", "overnight", "other"], { error: "Select no more than 2 options" }],
  ["other with text", { optionKeys: ["other"], text: "Cost" }, { value: { optionKeys: ["other"], text: "Cost" } }],
  [
    "other without text",
    { optionKeys: ["other"], text: "" },
    { error: "Tell us what you mean by 'Something else'", path: ["other"] },
  ],
  [
    "text without other is dropped",
    { optionKeys: ["transport"], text: "Cost" },
    { value: { optionKeys: ["transport"] } },
  ],
  ["a value never offered", ["transport", "bogus"], { error: "Select an option from the list" }],
  ["nothing ticked", { optionKeys: [], text: "" }, { error: "Select at least one option for 'What makes it hard?'" }],
]);

table("likert", question({ type: "likert", title: "Short breaks should be close to home.", required: true }), [
  ["an agreement", "agree", { value: "agree" }],
  ["don't know", "dont-know", { value: "dont-know" }],
  ["not on the scale", "maybe", { error: "Select an option from the list" }],
  [
    "missing: names the statement",
    undefined,
    { error: "Select how much you agree that short breaks should be close to home" },
  ],
]);

table(
  "likert asked as a question",
  question({ type: "likert", title: "How much do you agree with our vision?", required: true }),
  [["missing", "", { error: "Select how much you agree with our vision" }]],
);

const grid = question({
  type: "likertGrid",
  title: "How much do you agree?",
  required: true,
  statements: [
    { key: "local", label: "Breaks should be local." },
    { key: "fees", label: "Fees should be fair." },
  ],
});
table("likertGrid", grid, [
  ["every statement", { local: "agree", fees: "disagree" }, { value: { local: "agree", fees: "disagree" } }],
  [
    "one row missing",
    { local: "agree", fees: "" },
    { error: "Select how much you agree that fees should be fair", path: ["fees"] },
  ],
  [
    "nothing answered: first row named",
    {},
    { error: "Select how much you agree that breaks should be local", path: ["local"] },
  ],
  [
    "a value not on the scale",
    { local: "agree", fees: "meh" },
    { error: "Select an option from the list", path: ["fees"] },
  ],
  [
    "a statement that does not exist",
    { local: "agree", fees: "agree", extra: "agree" },
    { error: "This answer is not part of the questionnaire", path: ["extra"] },
  ],
]);

table("likertGrid, optional, partly answered", question({ ...grid, required: false }), [
  ["keeps the answered rows", { local: "agree" }, { value: { local: "agree" } }],
  ["all blank is not answered", { local: "", fees: " " }, { value: undefined }],
]);

table("rating", question({ type: "rating", min: 1, max: 5, required: true, title: "How satisfied are you?" }), [
  ["a posted string", "4", { value: 4 }],
  ["a number", 5, { value: 5 }],
  ["below the scale", "0", { error: "Select a rating from 1 to 5" }],
  ["a fraction", 2.5, { error: "Select a rating from 1 to 5" }],
  ["not a number", "four", { error: "Select a rating from 1 to 5" }],
  ["missing", "", { error: "Select an answer for 'How satisfied are you?'" }],
]);

const ranking = question({
  type: "ranking",
  options: OPTIONS.slice(0, 3).map((o) => ({ ...o, other: undefined })),
  rankCount: 2,
});
table("ranking", ranking, [
  ["two ranks", ["overnight", "transport"], { value: ["overnight", "transport"] }],
  ["only a first choice", ["overnight", ""], { value: ["overnight"] }],
  ["the same option twice", ["overnight", "overnight"], { error: "Choose 'Overnight breaks' only once", path: [1] }],
  ["a gap", ["", "transport"], { error: "Select your 1st choice before your 2nd choice", path: [0] }],
  [
    "more ranks than asked",
    ["overnight", "transport", "other"],
    { error: "Select an option from the list", path: [2] },
  ],
  ["an unknown option", ["bogus"], { error: "Select an option from the list", path: [0] }],
  ["nothing ranked", ["", ""], { value: undefined }],
]);

table("ranking, required", question({ ...ranking, required: true }), [
  ["the second choice missing", ["overnight", ""], { error: "Select your 2nd choice", path: [1] }],
  ["nothing ranked", [], { error: "Select your 1st choice", path: [0] }],
]);

table("yesNo", question({ type: "yesNo", required: true, title: "Do you use short breaks?" }), [
  ["yes", "yes", { value: "yes" }],
  ["not sure", "not-sure", { value: "not-sure" }],
  ["anything else", "maybe", { error: "Select an option from the list" }],
  ["missing", undefined, { error: "Select an answer for 'Do you use short breaks?'" }],
]);

table("number", question({ type: "number", min: 0, max: 20 }), [
  ["a whole number", "3", { value: 3 }],
  ["stray spaces and commas", " 1,2 ", { value: 12 }],
  ["a fraction", "2.5", { error: "Enter a whole number, like 12" }],
  ["words", "three", { error: "Enter a whole number, like 12" }],
  ["too big", "21", { error: "Enter a number between 0 and 20" }],
  ["too small", "-1", { error: "Enter a number between 0 and 20" }],
]);

table("number, decimals, lower bound only", question({ type: "number", integer: false, min: 1 }), [
  ["a decimal", "2.5", { value: 2.5 }],
  ["below", "0.5", { error: "Enter a number that is 1 or more" }],
  ["not a number", "1e3", { error: "Enter a number, like 12" }],
]);

table("number, upper bound only", question({ type: "number", max: 10 }), [
  ["above", "11", { error: "Enter a number that is 10 or less" }],
]);

table("date", question({ type: "date", required: true, title: "When did you start?" }), [
  ["day, month, year", { day: "7", month: "3", year: "2024" }, { value: "2024-03-07" }],
  ["a month name", { day: "07", month: "March", year: "2024" }, { value: "2024-03-07" }],
  ["an abbreviated month", { day: "7", month: "mar", year: "2024" }, { value: "2024-03-07" }],
  ["an ISO date", "2024-02-29", { value: "2024-02-29" }],
  ["today", TODAY, { value: TODAY }],
  ["missing the month", { day: "7", year: "2024" }, { error: "The date must include a month", path: ["month"] }],
  ["missing month and year", { day: "7" }, { error: "The date must include a month and year", path: ["month"] }],
  ["31 February", { day: "31", month: "2", year: "2024" }, { error: "The date must be a real date", path: [] }],
  ["29 February in a common year", "2023-02-29", { error: "The date must be a real date" }],
  ["month 13", { day: "1", month: "13", year: "2024" }, { error: "The date must be a real date" }],
  ["a two-digit year", { day: "1", month: "1", year: "24" }, { error: "Year must include 4 numbers", path: ["year"] }],
  [
    "letters in the day",
    { day: "x", month: "1", year: "2024" },
    { error: "The date must be a real date", path: ["day"] },
  ],
  ["tomorrow", "2025-07-01", { error: "The date must be today or in the past" }],
  ["nothing", { day: "", month: " ", year: "" }, { error: "Enter a date for 'When did you start?'" }],
]);

table("date in the future", question({ type: "date", allowedDates: "todayOrFuture" }), [
  ["tomorrow", "2025-07-01", { value: "2025-07-01" }],
  ["yesterday", "2025-06-29", { error: "The date must be today or in the future" }],
]);

table("postcode, district only (the default)", question({ type: "postcode" }), [
  ["a full postcode keeps only the district", "hp20 1ua", { value: "HP20" }],
  ["no space", "HP201UA", { value: "HP20" }],
  ["stray punctuation", " HP20-1UA. ", { value: "HP20" }],
  ["the district alone", "hp19", { value: "HP19" }],
  ["a London district", "SW1A 1AA", { value: "SW1A" }],
  ["a district with a letter", "W1A 0AX", { value: "W1A" }],
  ["not a postcode", "ABC", { error: "Enter a real UK postcode, or the first part of one, like HP20" }],
  ["a zero for an O", "H020 1UA", { error: "Enter a real UK postcode, or the first part of one, like HP20" }],
]);

table("postcode, full", question({ type: "postcode", storeFull: true, required: true }), [
  ["normalised", "hp20 1ua", { value: "HP20 1UA" }],
  ["Girobank", "gir0aa", { value: "GIR 0AA" }],
  ["district only is not enough", "HP20", { error: "Enter a full UK postcode, like HP20 1UA" }],
  ["missing", "", { error: "Enter a postcode, like HP20 1UA" }],
]);

table("email", question({ type: "email" }), [
  ["an address", " sam@example.com ", { value: "sam@example.com" }],
  ["no domain dot", "sam@example", { error: "Enter an email address in the correct format, like name@example.com" }],
  ["no at sign", "sam.example.com", { error: "Enter an email address in the correct format, like name@example.com" }],
  ["blank", "", { value: undefined }],
]);

table("info", question({ type: "info", body: "Read this" }), [["anything is dropped", "x", { value: undefined }]]);

describe("required messages", () => {
  it("uses the officer's own message when given", () => {
    const q = question({ type: "yesNo", required: true, requiredMessage: "Select yes if you use short breaks" });
    expect(run(q, undefined)).toMatchObject({ error: "Select yes if you use short breaks" });
  });

  it("keeps capitals for 'I' and acronyms in agreement statements", () => {
    expect(
      run(question({ type: "likert", required: true, title: "I understand the EHCP process." }), ""),
    ).toMatchObject({
      error: "Select how much you agree that I understand the EHCP process",
    });
    expect(run(question({ type: "likert", required: true, title: "EHCP reviews are on time." }), "")).toMatchObject({
      error: "Select how much you agree that EHCP reviews are on time",
    });
  });
});
