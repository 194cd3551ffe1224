// The memo of the learned model (issue #22): the review page after a save reuses the model the
// save trained, the same decisions read in another order hit the same entry, and any change to
// the answers, the codebook or the decisions is a different model, never a stale one.
import { describe, expect, it } from "vitest";
import type { TCodebook } from "./codebook";
import { learnThemes } from "./learned-themes";
import { prepareResponses } from "./assignment";
import { agreementEstimate, codebookOnly, learnedModel } from "./learning-memo";

const TEXTS = [
  "Bus fares are too high for pensioners.",
  "The library should open on Sundays.",
  "More buses to the hospital please.",
  "Keep the library open for children.",
  "The route 7 bus is always late.",
  "Library books are out of date.",
  "no comment",
  "Cheaper bus tickets for students.",
  "The library study space is too small.",
  "Buses at night would help shift workers.",
  "The library needs longer opening hours.",
  "Bus shelters are broken.",
];
const CODEBOOK: TCodebook = {
  codes: [
    { id: "BUS", name: "Buses", description: "Bus fares, routes and reliability." },
    { id: "LIB", name: "Library", description: "Library opening hours, books and study space." },
    { id: "X", name: "Other", description: "", fallback: "other" },
    { id: "Y", name: "No reason given", description: "", fallback: "no-reason" },
  ],
};

describe("learning cache", () => {
  const decisions = new Map([
    ["BUS", { accepted: [0, 2, 4, 7, 9, 11], rejected: [] }],
    ["LIB", { accepted: [1, 3, 5, 8, 10], rejected: [0] }],
  ]);
  const reviewed = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11];
  const input = { texts: TEXTS, codebook: CODEBOOK, decisions, reviewed };

  it("returns the model already trained for the same answers, codebook and decisions, in any order", () => {
    const first = learnedModel(input);
    const shuffled = new Map([
      ["LIB", { accepted: [10, 8, 5, 3, 1, 1], rejected: [0] }],
      ["BUS", { accepted: [11, 9, 7, 4, 2, 0], rejected: [] }],
      ["OTHER-EMPTY", { accepted: [], rejected: [] }],
    ]);
    expect(learnedModel({ ...input, decisions: shuffled, reviewed: [...reviewed].reverse() })).toBe(first);
    // And it is exactly the model computed afresh.
    const corpus = prepareResponses(TEXTS);
    const fresh = learnThemes({ corpus, texts: TEXTS, codebook: CODEBOOK, decisions, reviewed });
    expect(JSON.stringify(first.codings)).toBe(JSON.stringify(fresh.codings));
    const estimate = agreementEstimate(input, first.codeIds);
    expect(agreementEstimate({ ...input, decisions: shuffled }, first.codeIds)).toBe(estimate);
  });

  it("never serves a model for different inputs", () => {
    const first = learnedModel(input);
    expect(learnedModel({ ...input, reviewed: reviewed.slice(1) })).not.toBe(first);
    expect(learnedModel({ ...input, decisions: new Map([["BUS", { accepted: [0], rejected: [] }]]) })).not.toBe(first);
    const edited = { codes: CODEBOOK.codes.map((c) => (c.id === "LIB" ? { ...c, description: "Libraries." } : c)) };
    expect(learnedModel({ ...input, codebook: edited })).not.toBe(first);
    expect(learnedModel({ ...input, texts: [...TEXTS.slice(0, -1), "Bus shelters are dirty."] })).not.toBe(first);
  });

  it("keeps today's scorer apart from the decisions: one baseline per answers and codebook", () => {
    const baseline = codebookOnly(input);
    expect(codebookOnly({ ...input, decisions: new Map(), reviewed: [] })).toBe(baseline);
    const today = learnThemes({ corpus: prepareResponses(TEXTS), texts: TEXTS, codebook: CODEBOOK }).codings;
    expect(JSON.stringify(baseline)).toBe(JSON.stringify(today));
  });
});
