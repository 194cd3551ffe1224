import { describe, expect, it } from "vitest";
import {
  assignAll,
  prepareCodebook,
  prepareResponses,
  reviewQueue,
  scoreResponses,
  DEFAULT_ASSIGN_OPTIONS,
} from "./assignment";
import type { TCodebook } from "./codebook";
import { sampleF1 } from "./sample-f1";

const TEXTS = [
  "The library must stay open, children need books and a quiet place to study.",
  "Library opening hours should be longer at weekends for working parents.",
  "Bus fares are too expensive and the route 7 bus is always late.",
  "Cut the bus fares and the library hours will not matter if nobody can get there.",
  "no comment",
  "Ok",
  "The swimming pool changing rooms are dirty and cold.",
];
const CODEBOOK: TCodebook = {
  codes: [
    { id: "LIB", name: "Library services", description: "Library opening hours, books and study space." },
    { id: "BUS", name: "Bus travel", description: "Bus fares, routes and reliability." },
    { id: "X", name: "Other", description: "Anything else.", fallback: "other" },
    { id: "Y", name: "No reason given", description: "No substantive answer.", fallback: "no-reason" },
  ],
};

describe("assignment", () => {
  const corpus = prepareResponses(TEXTS);
  const codings = scoreResponses(corpus, TEXTS, CODEBOOK);

  it("assigns multiple labels, fallbacks, and carries evidence and confidence", () => {
    expect(codings.map((c) => c.labels.map((l) => l.codeId).sort())).toEqual([
      ["LIB"],
      ["LIB"],
      ["BUS"],
      ["BUS", "LIB"],
      ["Y"],
      ["Y"],
      ["X"],
    ]);
    const bus = codings[2].labels[0];
    expect(bus.evidence.sharedTerms).toEqual(expect.arrayContaining(["bus", "fares"]));
    expect(bus.score).toBeGreaterThan(0);
    for (const c of codings) expect(c.confidence).toBeGreaterThanOrEqual(0);
    // Responses 0 and 3 are each other's neighbours, so part of the library score comes from there.
    expect(codings[0].labels[0].evidence.fromNeighbours).toBeGreaterThan(0);
    for (const l of codings.flatMap((c) => c.labels)) expect(l.evidence.fromNeighbours).toBeLessThanOrEqual(l.score);
    // The swimming-pool answer shares no word with any other, so nothing is borrowed.
    expect(codings[6].labels[0].evidence.fromNeighbours).toBe(0);
  });

  it("orders the review queue least confident first", () => {
    const queue = reviewQueue(codings);
    for (let i = 1; i < queue.length; i++) expect(queue[i].confidence).toBeGreaterThanOrEqual(queue[i - 1].confidence);
  });

  it("re-scores after an edit using pinned examples, which show as the nearest example", () => {
    const added: TCodebook = {
      codes: [
        ...CODEBOOK.codes,
        {
          id: "POOL",
          name: "Leisure centre",
          description: "Sports facilities.",
          examples: ["The swimming pool is cold."],
        },
      ],
    };
    const prepared = prepareCodebook(corpus, added, DEFAULT_ASSIGN_OPTIONS);
    const again = assignAll(corpus, TEXTS, added, prepared);
    expect(again[6].labels.map((l) => l.codeId)).toEqual(["POOL"]);
    expect(again[6].labels[0].evidence.nearestExample?.text).toBe("The swimming pool is cold.");
  });

  describe("officer decisions as feedback", () => {
    const VAN = "The mobile van visits our village every fortnight.";
    const VAN_AGAIN = "The mobile van visits our village every month.";
    const HOURS = "Library opening hours should be longer at weekends for working mums.";
    const FARES = "Cut the bus fares and the library hours will not matter if nobody can reach it.";
    const texts = [...TEXTS, VAN, VAN_AGAIN, HOURS, FARES];
    const at = (t: string) => texts.indexOf(t);
    const wide = prepareResponses(texts);
    const label = (codings: ReturnType<typeof scoreResponses>, t: string, code: string) =>
      codings[at(t)].labels.find((l) => l.codeId === code);
    const before = scoreResponses(wide, texts, CODEBOOK);

    it("uses an accepted answer as an example: its near-copy is now suggested that theme", () => {
      expect(label(before, VAN_AGAIN, "LIB")).toBeUndefined();
      const after = scoreResponses(
        wide,
        texts,
        CODEBOOK,
        DEFAULT_ASSIGN_OPTIONS,
        new Map([["LIB", { accepted: [at(VAN)], rejected: [] }]]),
      );
      expect(label(after, VAN_AGAIN, "LIB")?.score).toBeGreaterThan(DEFAULT_ASSIGN_OPTIONS.minScore);
      // Unrelated answers keep their themes.
      expect(after[2].labels.map((l) => l.codeId)).toEqual(["BUS"]);
    });

    it("uses a rejected answer as negative evidence: its near-copy scores lower or loses that theme, the rest keep it", () => {
      expect(label(before, HOURS, "LIB")).toBeDefined();
      expect(label(before, FARES, "LIB")).toBeDefined();
      const rejected = new Map([["LIB", { accepted: [], rejected: [at(TEXTS[1]), at(TEXTS[3])] }]]);
      const after = scoreResponses(wide, texts, CODEBOOK, DEFAULT_ASSIGN_OPTIONS, rejected);
      expect(label(after, HOURS, "LIB")?.score).toBeLessThan(label(before, HOURS, "LIB")?.score as number);
      // The bus answer's library part was rejected, so its near-copy is now only about buses.
      expect(after[at(FARES)].labels.map((l) => l.codeId)).toEqual(["BUS"]);
      expect(after[0].labels.map((l) => l.codeId)).toEqual(["LIB"]);
    });

    it("gives identical results whatever order the decisions come in", () => {
      const accepted = [at(VAN), at(TEXTS[0]), at(TEXTS[3])];
      const rejected = [at(TEXTS[1]), at(HOURS)];
      const one = scoreResponses(
        wide,
        texts,
        CODEBOOK,
        DEFAULT_ASSIGN_OPTIONS,
        new Map([
          ["LIB", { accepted, rejected }],
          ["BUS", { accepted: [2], rejected: [] }],
        ]),
      );
      const two = scoreResponses(
        wide,
        texts,
        CODEBOOK,
        DEFAULT_ASSIGN_OPTIONS,
        new Map([
          ["BUS", { accepted: [2, 2], rejected: [] }],
          ["LIB", { accepted: [...accepted].reverse(), rejected: [...rejected].reverse() }],
        ]),
      );
      expect(two).toEqual(one);
    });
  });

  it("computes ThemeFinder's sample F1", () => {
    const gold = new Map([
      ["1", ["A", "B"]],
      ["2", ["C"]],
    ]);
    expect(
      sampleF1(
        new Map([
          ["1", ["A"]],
          ["2", ["C"]],
        ]),
        gold,
      ),
    ).toBeCloseTo((2 / 3 + 1) / 2);
    expect(sampleF1(new Map(), gold)).toBe(0);
  });
});
