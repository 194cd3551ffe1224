import { describe, expect, it } from "vitest";
import { ZQuestion, ZQuestionnaireDefinition, type TQuestionnaireDefinitionInput } from "../definition/definition";
import { toAnswerRows } from "../answers/answer-rows";
import {
  acceptsScaleMap,
  autoOptionMap,
  mapEasyReadRows,
  mapOptionKeys,
  optionsOf,
  scaleToLikert,
  threePointToLikert,
  typesCompatible,
  unmapEasyReadRows,
} from "./option-map";
import { easyReadMapIssues, standardWithoutCounterpart } from "./map-checks";

const standard = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Standard",
  sections: [
    {
      key: "s",
      title: "S",
      questions: [
        { key: "vision", type: "likert", title: "Do you agree with the vision?" },
        {
          key: "when",
          type: "multipleChoice",
          title: "When?",
          options: [
            { key: "weekends", label: "Weekends" },
            { key: "holidays", label: "Holidays" },
          ],
        },
        { key: "comments", type: "longText", title: "Anything else?" },
        { key: "fees", type: "yesNo", title: "Fees?" },
      ],
    },
  ],
} satisfies TQuestionnaireDefinitionInput);

const faces = [
  { key: "like", label: "I like this" },
  { key: "not-sure", label: "Not sure" },
  { key: "dislike", label: "I do not like this" },
];
const easyReadInput = {
  format: "EASY_READ",
  title: "Easy Read",
  sections: [
    {
      key: "p1",
      title: "Our idea",
      questions: [
        {
          key: "er-vision",
          type: "singleChoice",
          title: "Do you like our idea?",
          answersKey: "vision",
          options: faces,
          optionMap: threePointToLikert({ like: "like", notSure: "not-sure", dislike: "dislike" }),
        },
      ],
    },
    {
      key: "p2",
      title: "When",
      questions: [
        {
          key: "er-when",
          type: "multipleChoice",
          title: "When?",
          answersKey: "when",
          options: [
            { key: "sat-sun", label: "Saturday and Sunday" },
            { key: "sun", label: "Holidays" },
            { key: "moon", label: "At night" },
          ],
          optionMap: { "sat-sun": "weekends", sun: "holidays", moon: null },
        },
      ],
    },
    {
      key: "p3",
      title: "More",
      questions: [{ key: "er-more", type: "longText", title: "Tell us more", answersKey: "comments" }],
    },
    {
      key: "p4",
      title: "Friends",
      questions: [{ key: "er-friends", type: "yesNo", title: "Do you have friends there?" }],
    },
  ],
} satisfies TQuestionnaireDefinitionInput;
const easyRead = ZQuestionnaireDefinition.parse(easyReadInput);

describe("Easy Read option mapping", () => {
  it("maps a 3-point face scale onto the 5-point Likert scale", () => {
    const map = threePointToLikert({ like: "like", notSure: "not-sure", dislike: "dislike" });
    expect(map).toEqual({ like: "agree", "not-sure": "neither", dislike: "disagree" });
    expect(threePointToLikert({ like: "a", notSure: "b", dislike: "c" }, "dont-know").b).toBe("dont-know");
  });

  it("drops options mapped to null and repeats", () => {
    expect(mapOptionKeys({ a: "x", b: "x", c: null }, ["a", "b", "c"])).toEqual(["x"]);
  });

  it("stores mapped answers under the standard key and keeps the Easy Read answer", () => {
    const { rows } = toAnswerRows(easyRead, {
      "er-vision": { optionKey: "like" },
      "er-when": { optionKeys: ["sat-sun", "moon"] },
      "er-more": "Swimming",
      "er-friends": "yes",
    });
    const mapped = mapEasyReadRows(easyRead, rows);
    expect(mapped).toEqual([
      { questionKey: "vision", optionKeys: ["agree"], sourceQuestionKey: "er-vision", sourceOptionKeys: ["like"] },
      {
        questionKey: "when",
        optionKeys: ["weekends"],
        sourceQuestionKey: "er-when",
        sourceOptionKeys: ["sat-sun", "moon"],
      },
      { questionKey: "comments", optionKeys: [], text: "Swimming", sourceQuestionKey: "er-more", sourceOptionKeys: [] },
      // Easy Read only: kept under its own key, reported separately.
      { questionKey: "er-friends", optionKeys: ["yes"] },
    ]);
    expect(unmapEasyReadRows(mapped)).toEqual(rows);
  });

  it("keeps a choice whose options all map to null under the Easy Read key", () => {
    const { rows } = toAnswerRows(easyRead, { "er-when": { optionKeys: ["moon"] } });
    expect(mapEasyReadRows(easyRead, rows)).toEqual([{ questionKey: "er-when", optionKeys: ["moon"] }]);
  });

  it("knows which types can answer which", () => {
    expect(typesCompatible("singleChoice", "likert")).toBe(true);
    expect(typesCompatible("yesNo", "multipleChoice")).toBe(true);
    expect(typesCompatible("multipleChoice", "singleChoice")).toBe(false);
    expect(typesCompatible("shortText", "longText")).toBe(true);
    expect(typesCompatible("longText", "likert")).toBe(false);
    expect(typesCompatible("rating", "rating")).toBe(true);
  });
});

describe("Easy Read publish checks", () => {
  it("accepts a complete map and lists standard questions without a counterpart", () => {
    expect(easyReadMapIssues(easyRead, standard)).toEqual([]);
    expect(standardWithoutCounterpart(easyRead, standard)).toEqual([{ key: "fees", title: "Fees?" }]);
  });

  it("refuses unknown keys, unknown options, missing options and clashing keys", () => {
    const broken = structuredClone(easyReadInput) as TQuestionnaireDefinitionInput;
    const [vision] = broken.sections[0].questions;
    (vision as { optionMap: Record<string, string | null> }).optionMap = {
      like: "love",
      "not-sure": "neither",
      smile: "agree",
    };
    (broken.sections[1].questions[0] as { answersKey?: string }).answersKey = "nowhere";
    broken.sections[3].questions[0].key = "fees";
    broken.sections.push({
      key: "p5",
      title: "Again",
      questions: [{ key: "er-again", type: "longText", title: "Again", answersKey: "comments" }],
    });
    const messages = easyReadMapIssues(ZQuestionnaireDefinition.parse(broken), standard).map((i) => i.message);
    expect(messages).toEqual([
      "'love' is not an answer to 'Do you agree with the vision?'",
      "The map names 'smile', which is not an answer to this question",
      "Say which answer to 'Do you agree with the vision?' the answer 'dislike' counts as, or that it has none",
      "There is no standard question with the key 'nowhere'",
      "The key 'fees' belongs to a standard question. Link this question to it, or use another key",
      "'Tell us more' already answers 'Anything else?'. Only one Easy Read question can answer it",
    ]);
  });

  it("refuses a choice of many answering a choice of one", () => {
    const wrong = structuredClone(easyReadInput) as TQuestionnaireDefinitionInput;
    (wrong.sections[1].questions[0] as { answersKey?: string }).answersKey = "vision";
    wrong.sections[0].questions = [{ key: "intro", type: "info", title: "Hello" }];
    expect(easyReadMapIssues(ZQuestionnaireDefinition.parse(wrong), standard).map((i) => i.message)).toEqual([
      "'Do you agree with the vision?' is an agree-disagree scale, so a choice of many cannot answer it",
    ]);
  });
});

describe("the builder's one-click scale map", () => {
  const opts = (...labels: string[]) =>
    labels.map((label) => ({ key: label.toLowerCase().replace(/[^a-z]+/g, "-"), label }));

  it("maps the usual 3-point scale as threePointToLikert does", () => {
    expect(scaleToLikert(opts("I like this", "Not sure", "I do not like this"))).toEqual(
      threePointToLikert({ like: "i-like-this", notSure: "not-sure", dislike: "i-do-not-like-this" }),
    );
  });

  it("puts middle points and Not sure on Neither, wherever Not sure is", () => {
    expect(scaleToLikert(opts("Happy", "OK", "Sad", "Not sure"))).toEqual({
      happy: "agree",
      ok: "neither",
      sad: "disagree",
      "not-sure": "neither",
    });
    expect(scaleToLikert(opts("Yes", "Don't know", "No"))).toEqual({
      yes: "agree",
      "don-t-know": "neither",
      no: "disagree",
    });
  });

  it("is offered only for standard questions with agree, neither and disagree", () => {
    const likert = ZQuestion.parse({ key: "l", type: "likert", title: "L" });
    const yesNo = ZQuestion.parse({ key: "y", type: "yesNo", title: "Y" });
    expect(acceptsScaleMap(likert)).toBe(true);
    expect(acceptsScaleMap(yesNo)).toBe(false);
    expect(optionsOf(yesNo).map((o) => o.key)).toEqual(["yes", "no", "not-sure"]);
  });
});

describe("automatic Easy Read option mapping (issue #16, item 9)", () => {
  const standard = [
    { key: "weekly", label: "Every week" },
    { key: "monthly", label: "Once a month" },
    { key: "dont-know", label: "Don't know" },
  ];

  it("maps answers whose key or words match, and leaves the rest for the officer", () => {
    const easyRead = [
      { key: "weekly", label: "Each week" },
      { key: "month", label: "once a MONTH" },
      { key: "not-sure", label: "Dont know." },
      { key: "never", label: "Never" },
    ];
    expect(autoOptionMap(easyRead, standard)).toEqual({ weekly: "weekly", month: "monthly", "not-sure": "dont-know" });
  });

  it("keeps what the officer already chose, including 'no standard answer'", () => {
    expect(
      autoOptionMap(
        [
          { key: "weekly", label: "Every week" },
          { key: "monthly", label: "Once a month" },
        ],
        standard,
        { weekly: null },
      ),
    ).toEqual({ weekly: null, monthly: "monthly" });
  });
});
