import { describe, expect, it } from "vitest";
import { prepareResponses, scoreResponses, type TOfficerDecisions } from "./assignment";
import type { TCodebook } from "./codebook";
import { decisionsFromLabels, learnThemes } from "./learned-themes";
import { ESTIMATE_MIN_REVIEWED, heldOutAgreement, mostUsefulFirst } from "./learning-summary";
import { logit, trainLogistic, type TExample } from "./logistic";

const sparse = (pairs: [number, number][]) => ({
  idx: Int32Array.from(pairs.map((p) => p[0])),
  val: Float64Array.from(pairs.map((p) => p[1])),
});

const TEXTS = [
  "The library must stay open, children need books and a quiet place to study.",
  "Library opening hours should be longer at weekends for working parents.",
  "Bus fares are too expensive and the route 7 bus is always late.",
  "Cut the bus fares and the library hours will not matter if nobody can get there.",
  "no comment",
  "The swimming pool changing rooms are dirty and cold.",
  "The leisure centre pool is freezing and the showers do not work.",
  "Swimming lessons for children at the pool are too expensive.",
  "Buses to the hospital are rare, older people cannot get to appointments.",
  "More buses in the evening please, the last one leaves far too early.",
];
const CODEBOOK: TCodebook = {
  codes: [
    { id: "LIB", name: "Library services", description: "Library opening hours, books and study space." },
    { id: "BUS", name: "Bus travel", description: "Bus fares, routes and reliability." },
    { id: "LEI", name: "Leisure", description: "Sport and leisure facilities." },
    { id: "X", name: "Other", description: "Anything else.", fallback: "other" },
    { id: "Y", name: "No reason given", description: "No substantive answer.", fallback: "no-reason" },
  ],
};

describe("trainLogistic", () => {
  it("learns a separable toy set exactly, and starts from the offset alone", () => {
    // Feature 0 marks the positives, feature 1 the negatives; 2 is noise shared by both.
    const examples: TExample[] = [
      ...[0.9, 0.8, 0.7].map((w): TExample => ({
        x: sparse([
          [0, w],
          [2, 0.3],
        ]),
        dense: new Float64Array([0]),
        offset: 0,
        y: 1,
      })),
      ...[0.9, 0.6, 0.5, 0.8].map((w): TExample => ({
        x: sparse([
          [1, w],
          [2, 0.3],
        ]),
        dense: new Float64Array([0]),
        offset: 0,
        y: 0,
      })),
    ];
    const model = trainLogistic(examples, 3, { lambda: 0.01, iterations: 200 });
    for (const e of examples) expect(logit(model, e.x, e.dense, 0) >= 0 ? 1 : 0).toBe(e.y);
    expect(model.w[0]).toBeGreaterThan(0);
    expect(model.w[1]).toBeLessThan(0);
    const none = trainLogistic([], 3, { lambda: 1, iterations: 200 });
    expect(logit(none, examples[0].x, examples[0].dense, -1.5)).toBe(-1.5);
  });
});

describe("learnThemes", () => {
  const corpus = prepareResponses(TEXTS);
  const input = { corpus, texts: TEXTS, codebook: CODEBOOK };

  it("with no decisions gives today's suggestions byte for byte", () => {
    const today = JSON.stringify(scoreResponses(corpus, TEXTS, CODEBOOK));
    expect(JSON.stringify(learnThemes(input).codings)).toBe(today);
    expect(
      JSON.stringify(
        learnThemes({ ...input, decisions: new Map([["LEI", { accepted: [], rejected: [] }]]), reviewed: [] }).codings,
      ),
    ).toBe(today);
    expect(learnThemes(input).learned).toBe(false);
  });

  it("learns from decisions: the pool answers the prior missed get the theme, with evidence naming the reviewed ones", () => {
    const { decisions, reviewed } = decisionsFromLabels(
      new Map([
        [5, ["LEI"]],
        [7, ["LEI"]],
        [0, ["LIB"]],
        [2, ["BUS"]],
      ]),
    );
    const result = learnThemes({ ...input, decisions, reviewed });
    expect(result.learned).toBe(true);
    const lei = result.codings[6].labels.find((l) => l.codeId === "LEI");
    expect(lei).toBeDefined();
    expect(lei!.evidence.resembles!.map((r) => r.index)).toContain(5);
    expect(lei!.evidence.learnedTerms).toContain("pool");
  });

  it("gives byte-identical suggestions whatever order the decisions come in", () => {
    const forward: TOfficerDecisions = new Map([
      ["LEI", { accepted: [5, 7], rejected: [2] }],
      ["BUS", { accepted: [2, 8], rejected: [0] }],
    ]);
    const backward: TOfficerDecisions = new Map([
      ["BUS", { accepted: [8, 2, 8], rejected: [0] }],
      ["LEI", { accepted: [7, 5], rejected: [2] }],
    ]);
    const a = learnThemes({ ...input, decisions: forward, reviewed: [2, 5, 7, 8] });
    const b = learnThemes({ ...input, decisions: backward, reviewed: [8, 7, 5, 2] });
    expect(JSON.stringify(b.codings)).toBe(JSON.stringify(a.codings));
    expect(mostUsefulFirst(b, [0, 1, 3, 4, 6, 9])).toEqual(mostUsefulFirst(a, [9, 6, 4, 3, 1, 0]));
  });
});

describe("learning summary", () => {
  it("asks about every candidate once, spreading the first answers across themes", () => {
    // Two themes; answers 0-3 doubt theme 0 most, answers 4-5 doubt theme 1.
    const p = (a: number, b: number) => Float64Array.from([a, b]);
    const result = {
      codeIds: ["A", "B"],
      probabilities: [p(0.5, 0.99), p(0.5, 0.995), p(0.45, 0.99), p(0.4, 0.99), p(0.99, 0.45), p(0.1, 0.9)],
    };
    const order = mostUsefulFirst(result, [0, 1, 2, 3, 4, 5]);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order[0]).toBe(0);
    // Answer 4 (theme B's most doubtful) is a little surer than answer 1, but theme A has had a turn.
    expect(order.slice(0, 3)).toEqual([0, 4, 1]);
  });

  it("gives no agreement estimate until enough answers are reviewed", () => {
    const corpus = prepareResponses(TEXTS);
    const { decisions, reviewed } = decisionsFromLabels(
      new Map([
        [5, ["LEI"]],
        [2, ["BUS"]],
      ]),
    );
    expect(reviewed.length).toBeLessThan(ESTIMATE_MIN_REVIEWED);
    expect(
      heldOutAgreement({ corpus, texts: TEXTS, codebook: CODEBOOK, decisions, reviewed }, ["LIB", "BUS", "LEI"]),
    ).toBeUndefined();
  });
});
