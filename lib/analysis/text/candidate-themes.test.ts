import { describe, expect, it } from "vitest";
import { candidateThemes } from "./candidate-themes";
import { seededRandom } from "./vectors";

const TOPICS = {
  parking: ["parking", "car park", "spaces", "permits", "charges", "drivers", "parked cars"],
  library: ["library", "books", "reading", "librarians", "study space", "opening hours", "borrowing"],
  flooding: ["flooding", "drains", "rainwater", "river levels", "sandbags", "flood defences", "gullies"],
};
const FILLER = ["I think", "honestly", "in my view", "for our family", "every week", "near us"];

function corpus(seed: number) {
  const rnd = seededRandom(seed);
  const pick = (xs: string[]) => xs[Math.floor(rnd() * xs.length)];
  const texts: string[] = [];
  const topics: string[] = [];
  const answers: string[] = [];
  for (let i = 0; i < 150; i++) {
    const topic = (Object.keys(TOPICS) as (keyof typeof TOPICS)[])[i % 3];
    const words = TOPICS[topic];
    texts.push(
      `${pick(FILLER)} the ${pick(words)} and ${pick(words)} need attention, ${pick(words)} matter ${pick(FILLER)}.`,
    );
    topics.push(topic);
    answers.push(topic === "library" ? "Agree" : i % 2 ? "Agree" : "Disagree");
  }
  return { texts, topics, answers };
}

describe("candidateThemes", () => {
  it("recovers clear topics with labels, terms, counts, 5 quotes and the closed-answer split", () => {
    const { texts, topics, answers } = corpus(3);
    const themes = candidateThemes(texts, { seed: 1, k: 3 }, answers);
    expect(themes).toHaveLength(3);
    for (const t of themes) {
      const kinds = new Set(t.members.map((m) => topics[m]));
      expect(kinds.size).toBe(1);
      expect(t.approxCount).toBe(50);
      expect(t.quotes).toHaveLength(5);
      expect(new Set(t.quotes.map((q) => q.index)).size).toBe(5);
      expect(t.distinctiveTerms.length).toBeGreaterThan(3);
      const topic = [...kinds][0];
      expect(t.distinctiveTerms.join(" ")).toMatch(
        topic === "library" ? /librar|book|read/ : topic === "parking" ? /park|permit|car/ : /flood|drain|rain/,
      );
      expect(Object.values(t.closedSplit).reduce((a, b) => a + b, 0)).toBe(50);
      if (topic === "library") expect(t.closedSplit).toEqual({ Agree: 50 });
    }
  });

  it("gives identical output for the same seed", () => {
    const { texts } = corpus(5);
    expect(JSON.stringify(candidateThemes(texts, { seed: 9 }))).toBe(
      JSON.stringify(candidateThemes(texts, { seed: 9 })),
    );
  });

  it("returns nothing for blank input", () => {
    expect(candidateThemes(["", "n/a"], { seed: 1 })).toEqual([]);
  });
});
