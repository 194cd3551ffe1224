import { describe, expect, it } from "vitest";
import { EVERY_TYPE_INPUT } from "../fixtures/every-type";
import { ZQuestionnaireDefinitionStrict, validateForPublish } from "./publish-checks";

type TInput = Record<string, unknown>;

/** A one-page questionnaire holding `questions`, optionally with more pages. */
const draft = (questions: TInput[], more: TInput[] = []): TInput => ({
  format: "STANDARD",
  title: "Draft",
  sections: [{ key: "page-one", title: "Page one", questions }, ...more],
});

const yesNo = (key: string, extra: TInput = {}): TInput => ({ key, type: "yesNo", title: `${key}?`, ...extra });
const when = (questionKey: string, values: string[], operator = "equals") => ({
  combinator: "and",
  conditions: [{ questionKey, operator, values }],
});
const choices = (...keys: string[]) => keys.map((key) => ({ key, label: key.toUpperCase() }));

describe("validateForPublish", () => {
  it("passes the every-type fixture", () => {
    expect(validateForPublish(EVERY_TYPE_INPUT)).toEqual([]);
    expect(ZQuestionnaireDefinitionStrict.safeParse(EVERY_TYPE_INPUT).success).toBe(true);
  });

  it.each<[string, TInput, { path: string; message: string }]>([
    [
      "a question key used twice",
      draft([yesNo("a"), yesNo("a")]),
      {
        path: "sections[0].questions[1].key",
        message: "The key 'a' is already used by the question 'a?'. Keys must be unique",
      },
    ],
    [
      "a question key the same as a page key",
      draft([yesNo("page-one")]),
      {
        path: "sections[0].questions[0].key",
        message: "The key 'page-one' is already used by the page 'Page one'. Keys must be unique",
      },
    ],
    [
      "a key reused on another page",
      draft([yesNo("a")], [{ key: "two", title: "Two", questions: [yesNo("a")] }]),
      {
        path: "sections[1].questions[0].key",
        message: "The key 'a' is already used by the question 'a?'. Keys must be unique",
      },
    ],
    [
      "an option key used twice",
      draft([
        {
          key: "q",
          type: "singleChoice",
          title: "Q",
          options: [
            { key: "x", label: "X" },
            { key: "x", label: "Y" },
          ],
        },
      ]),
      { path: "sections[0].questions[0].options[1].key", message: "The option key 'x' is used twice in this question" },
    ],
    [
      "an option label used twice, whatever the case",
      draft([
        {
          key: "q",
          type: "singleChoice",
          title: "Q",
          options: [
            { key: "x", label: "Yes" },
            { key: "y", label: " yes" },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].options[1].label",
        message: "The option ' yes' appears twice in this question",
      },
    ],
    [
      "a grid statement key used twice",
      draft([
        {
          key: "g",
          type: "likertGrid",
          title: "G",
          statements: [
            { key: "s", label: "One" },
            { key: "s", label: "Two" },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].statements[1].key",
        message: "The statement key 's' is used twice in this grid",
      },
    ],
    [
      "two 'Other' options",
      draft([
        {
          key: "q",
          type: "multipleChoice",
          title: "Q",
          options: [
            { key: "a", label: "A", other: true },
            { key: "b", label: "B", other: true },
          ],
        },
      ]),
      { path: "sections[0].questions[0].options", message: "Only one option can be 'Other, please specify'" },
    ],
    [
      "an exclusive 'Other'",
      draft([
        {
          key: "q",
          type: "multipleChoice",
          title: "Q",
          options: [
            { key: "a", label: "A" },
            { key: "b", label: "B", other: true, exclusive: true },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].options[1]",
        message: "'B' cannot be both an 'Other' option and one that must be chosen on its own",
      },
    ],
    [
      "'Other' text on a ranking",
      draft([
        {
          key: "q",
          type: "ranking",
          title: "Q",
          options: [
            { key: "a", label: "A" },
            { key: "b", label: "B", other: true },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].options[1].other",
        message: "Only single choice, multiple choice and respondent type questions can ask for 'Other' text",
      },
    ],
    [
      "an organisation option outside respondent type",
      draft([
        {
          key: "q",
          type: "singleChoice",
          title: "Q",
          options: [
            { key: "a", label: "A" },
            { key: "b", label: "B", organisation: true },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].options[1].organisation",
        message: "Only respondent type questions can ask for an organisation's name",
      },
    ],
    [
      "every checkbox exclusive",
      draft([
        {
          key: "q",
          type: "multipleChoice",
          title: "Q",
          options: [
            { key: "a", label: "A", exclusive: true },
            { key: "b", label: "B", exclusive: true },
          ],
        },
      ]),
      {
        path: "sections[0].questions[0].options",
        message: "At least one option must be choosable with others; not every option can be exclusive",
      },
    ],
    [
      "a maximum above the choosable options",
      draft([
        {
          key: "q",
          type: "multipleChoice",
          title: "Q",
          maxChoices: 3,
          options: [...choices("a", "b"), { key: "n", label: "None", exclusive: true }],
        },
      ]),
      {
        path: "sections[0].questions[0].maxChoices",
        message: "The most people can choose (3) is more than the 2 options they can choose together",
      },
    ],
    [
      "ranking more than there are",
      draft([{ key: "q", type: "ranking", title: "Q", rankCount: 3, options: choices("a", "b") }]),
      { path: "sections[0].questions[0].rankCount", message: "You cannot ask people to rank 3 of only 2 options" },
    ],
    [
      "an upside-down rating",
      draft([{ key: "q", type: "rating", title: "Q", min: 5, max: 1 }]),
      { path: "sections[0].questions[0].max", message: "The top of the scale must be higher than the bottom" },
    ],
    [
      "a rating of 0 to 20",
      draft([{ key: "q", type: "rating", title: "Q", min: 0, max: 20 }]),
      { path: "sections[0].questions[0].max", message: "Use a scale of 11 points or fewer" },
    ],
    [
      "a number range upside down",
      draft([{ key: "q", type: "number", title: "Q", min: 5, max: 1 }]),
      { path: "sections[0].questions[0].max", message: "The largest number allowed must be at least the smallest" },
    ],
    [
      "a required information block",
      draft([yesNo("a"), { key: "i", type: "info", title: "I", required: true }]),
      {
        path: "sections[0].questions[1].required",
        message: "An information block asks nothing, so it cannot be required",
      },
    ],
    [
      "an image without a description",
      draft([yesNo("a"), { key: "i", type: "info", title: "I", image: "/a.png" }]),
      { path: "sections[0].questions[1].imageAlt", message: "Describe the image for people who cannot see it" },
    ],
    [
      "two email questions",
      draft([
        { key: "e", type: "email", title: "E" },
        { key: "f", type: "email", title: "F" },
      ]),
      { path: "sections[0].questions[1].type", message: "Ask for an email address only once" },
    ],
    [
      "an empty page",
      draft([yesNo("a")], [{ key: "two", title: "Two", questions: [] }]),
      { path: "sections[1].questions", message: "Add at least one question or information block to this page" },
    ],
    [
      "only information",
      draft([{ key: "i", type: "info", title: "I" }]),
      { path: "sections", message: "Add at least one question" },
    ],
    [
      "a condition on a later question",
      draft([yesNo("a", { showIf: when("b", ["yes"]) }), yesNo("b")]),
      {
        path: "sections[0].questions[0].showIf.conditions[0].questionKey",
        message: "A question can only depend on questions that come before it; 'b?' comes later",
      },
    ],
    [
      "a condition on itself",
      draft([yesNo("a", { showIf: when("a", ["yes"]) })]),
      {
        path: "sections[0].questions[0].showIf.conditions[0].questionKey",
        message: "A question cannot depend on its own answer",
      },
    ],
    [
      "a condition on a missing question",
      draft([yesNo("a", { showIf: when("zzz", ["yes"]) })]),
      {
        path: "sections[0].questions[0].showIf.conditions[0].questionKey",
        message: "There is no question with the key 'zzz'",
      },
    ],
    [
      "a condition value that is not an option",
      draft([yesNo("a"), yesNo("b", { showIf: when("a", ["yes", "maybe"]) })]),
      { path: "sections[0].questions[1].showIf.conditions[0].values[1]", message: "'maybe' is not an answer to 'a?'" },
    ],
    [
      "a condition on free text",
      draft([{ key: "t", type: "shortText", title: "T" }, yesNo("b", { showIf: when("t", ["x"]) })]),
      {
        path: "sections[0].questions[1].showIf.conditions[0].questionKey",
        message: "Conditions can only depend on questions with options, yes or no, or a rating; 'T' has none",
      },
    ],
    [
      "a rating value off the scale",
      draft([{ key: "r", type: "rating", title: "R" }, yesNo("b", { showIf: when("r", ["6"]) })]),
      { path: "sections[0].questions[1].showIf.conditions[0].values[0]", message: "'6' is not an answer to 'R'" },
    ],
    [
      "a condition on a whole grid",
      draft([
        { key: "g", type: "likertGrid", title: "G", statements: [{ key: "s", label: "S" }] },
        yesNo("b", { showIf: when("g", ["agree"]) }),
      ]),
      {
        path: "sections[0].questions[1].showIf.conditions[0].questionKey",
        message: "Point the condition at one statement of 'G', like 'g.s'",
      },
    ],
    [
      "a condition on a grid statement that does not exist",
      draft([
        { key: "g", type: "likertGrid", title: "G", statements: [{ key: "s", label: "S" }] },
        yesNo("b", { showIf: when("g.t", ["agree"]) }),
      ]),
      {
        path: "sections[0].questions[1].showIf.conditions[0].questionKey",
        message: "'G' has no statement with the key 't'",
      },
    ],
    [
      "a statement on a question that is not a grid",
      draft([yesNo("a"), yesNo("b", { showIf: when("a.x", ["yes"]) })]),
      {
        path: "sections[0].questions[1].showIf.conditions[0].questionKey",
        message: "Only Likert grid questions have statements; use 'a' on its own",
      },
    ],
    [
      "a page that depends on its own question",
      {
        format: "STANDARD",
        title: "D",
        sections: [{ key: "one", title: "One", showIf: when("a", ["yes"]), questions: [yesNo("a")] }],
      },
      {
        path: "sections[0].showIf.conditions[0].questionKey",
        message: "A page can only depend on questions on earlier pages; 'a?' comes later",
      },
    ],
    [
      "a loop through a page",
      {
        format: "STANDARD",
        title: "D",
        sections: [
          { key: "one", title: "One", questions: [yesNo("a", { showIf: when("b", ["yes"]) })] },
          { key: "two", title: "Two", showIf: when("a", ["yes"]), questions: [yesNo("b")] },
        ],
      },
      { path: "sections[1].showIf", message: "These depend on each other in a loop: a → b → page two → a" },
    ],
    [
      "a missing title (a shape problem, in plain English)",
      draft([{ key: "a", type: "yesNo" }]),
      { path: "sections[0].questions[0].title", message: "This is missing" },
    ],
    [
      "too few options",
      draft([{ key: "a", type: "singleChoice", title: "A", options: choices("x") }]),
      { path: "sections[0].questions[0].options", message: "Add at least 2 options" },
    ],
  ])("reports %s", (_label, input, expected) => {
    expect(validateForPublish(input)).toContainEqual(expected);
  });

  it("allows conditions on a grid statement, a rating and earlier pages", () => {
    const input = draft(
      [
        { key: "g", type: "likertGrid", title: "G", statements: [{ key: "s", label: "S" }] },
        { key: "r", type: "rating", title: "R" },
        yesNo("b", {
          showIf: {
            combinator: "or",
            conditions: [
              { questionKey: "g.s", operator: "includes", values: ["disagree"] },
              { questionKey: "r", operator: "includes", values: ["1", "2"] },
            ],
          },
        }),
      ],
      [{ key: "two", title: "Two", showIf: when("b", ["no"], "notIncludes"), questions: [yesNo("c")] }],
    );
    expect(validateForPublish(input)).toEqual([]);
  });
});
