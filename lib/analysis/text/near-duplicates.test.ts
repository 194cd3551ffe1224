import { describe, expect, it } from "vitest";
import { findNearDuplicates, jaccard, shingles } from "./near-duplicates";
import { seededRandom } from "./vectors";

const TEMPLATES = [
  "I strongly object to the closure of Riverside Library. The library is a vital community resource for children, older people and those without internet access at home. Closing it would harm the most vulnerable residents and the council should find savings elsewhere in its budget.",
  "Save our buses! Route 42 connects the estate to the hospital, the college and the town centre. Cutting it would leave hundreds of people isolated, increase car journeys and make congestion and air quality worse for everyone living along the corridor.",
  "We support the new cycle lanes on Station Road because they make the journey to school safer for our children, reduce traffic fumes outside the primary school and encourage healthy travel for families who currently feel they have to drive short distances.",
];
// Short personal additions, as campaign senders typically add (a long one would rightly take a
// text below Jaccard 0.8 of the template).
const PERSONAL = [
  "I use it every day.",
  "My mum relies on it.",
  "Please listen this time.",
  "I live on Elm Street.",
  "This matters to us.",
];
const WORDS =
  "park school road bus library council parking housing homes children traffic shops flood noise trees play area bins recycling tax services hall pool green market centre care".split(
    " ",
  );

function varied(rnd: () => number, n: number): string[] {
  return Array.from({ length: n }, () => {
    const len = 12 + Math.floor(rnd() * 25);
    return Array.from({ length: len }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(" ") + ".";
  });
}

describe("findNearDuplicates", () => {
  it("finds every injected campaign with its template and each member's personal addition", () => {
    const rnd = seededRandom(7);
    const texts = varied(rnd, 600);
    const injected = new Map<number, number>();
    TEMPLATES.forEach((template, t) => {
      for (let k = 0; k < 40 + t * 30; k++) {
        const addition = k % 2 === 0 ? ` ${PERSONAL[k % PERSONAL.length]}` : "";
        const at = Math.floor(rnd() * texts.length);
        texts.splice(at, 0, template + addition);
      }
    });
    texts.forEach((t, i) => TEMPLATES.forEach((tpl, k) => t.startsWith(tpl) && injected.set(i, k)));
    const groups = findNearDuplicates(texts);
    const campaigns = groups.filter((g) => g.isCampaign);
    expect(campaigns).toHaveLength(3);
    for (const c of campaigns) {
      const kinds = new Set(c.members.map((m) => injected.get(m)));
      expect(kinds.size).toBe(1);
      const k = [...kinds][0]!;
      expect(c.templateText.startsWith(TEMPLATES[k])).toBe(true);
      expect(c.members).toHaveLength([...injected.values()].filter((v) => v === k).length);
      c.members.forEach((m, j) => {
        const expected = texts[m].slice(TEMPLATES[k].length).trim();
        const template = c.templateText.slice(TEMPLATES[k].length).trim();
        expect(c.additions[j]).toBe(expected === template ? "" : expected);
      });
    }
    // Nothing else is grouped: the varied texts never reach Jaccard 0.8.
    expect(groups.flatMap((g) => g.members).every((m) => injected.has(m))).toBe(true);
  });

  it("forms no groups over varied text and groups small exact duplicates without calling them a campaign", () => {
    const texts = varied(seededRandom(11), 1000);
    expect(findNearDuplicates(texts)).toEqual([]);
    const withPair = [...texts.slice(0, 50), texts[3].toUpperCase(), texts[3]];
    const groups = findNearDuplicates(withPair);
    expect(groups.map((g) => [g.members, g.isCampaign])).toEqual([[[3, 50, 51], false]]);
  });

  it("measures Jaccard over word 3-shingles", () => {
    expect(jaccard(shingles("a b c d", 3), shingles("a b c d", 3))).toBe(1);
    expect(jaccard(shingles("a b c d", 3), shingles("a b c e", 3))).toBeCloseTo(1 / 3);
  });
});
