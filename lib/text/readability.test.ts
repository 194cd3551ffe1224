import { describe, expect, it } from "vitest";
import {
  DEFAULT_JARGON,
  countSyllables,
  fleschReadingEase,
  readabilityBand,
  readabilityReport,
  splitSentences,
} from "./readability";

describe("splitSentences", () => {
  it.each([
    ["One. Two! Three?", ["One.", "Two!", "Three?"]],
    ["We mean clubs, e.g. Scouts. Then more.", ["We mean clubs, e.g. Scouts.", "Then more."]],
    ["It costs £2.50 each. That is all.", ["It costs £2.50 each.", "That is all."]],
    ["Ask Dr. Patel. She knows.", ["Ask Dr. Patel.", "She knows."]],
    ["- transport\n- cost\n\nNothing else", ["transport", "cost", "Nothing else"]],
    ['He said "Yes." Then left.', ['He said "Yes."', "Then left."]],
    ["", []],
    ["  ...  ", []],
  ])("%j", (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe("countSyllables", () => {
  it.each([
    ["the", 1],
    ["break", 1],
    ["carer", 2],
    ["family", 3],
    ["table", 2],
    ["services", 3],
    ["commissioning", 4],
    ["2018", 1],
  ])("%s has %i", (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe("fleschReadingEase", () => {
  it("scores plain text as easy and dense text as difficult", () => {
    const plain = fleschReadingEase("We want to hear from you. Tell us what you think. It takes ten minutes.")!;
    const dense = fleschReadingEase(
      "The commissioning arrangements for specialist provision necessitate comprehensive consideration of eligibility thresholds and multi-agency accountability frameworks.",
    )!;
    expect(plain).toBeGreaterThan(80);
    expect(dense).toBeLessThan(10);
  });

  it("stays within 0 to 100 and is null without words", () => {
    expect(fleschReadingEase("Yes.")).toBe(100);
    expect(fleschReadingEase("")).toBeNull();
    expect(fleschReadingEase("!!!")).toBeNull();
  });

  it.each([
    [95, "Very easy"],
    [85, "Easy"],
    [72, "Fairly easy"],
    [65, "Plain English"],
    [55, "Fairly difficult"],
    [35, "Difficult"],
    [5, "Very difficult"],
  ] as const)("%i is %s", (score, band) => {
    expect(readabilityBand(score)).toBe(band);
  });
});

describe("readabilityReport", () => {
  it("has no warnings for plain text", () => {
    const report = readabilityReport("How much do you agree with our plan for short breaks?");
    expect(report).toMatchObject({ sentences: 1, words: 11, warnings: [] });
    expect(report.band).not.toBeNull();
  });

  it("warns about sentences over the limit, with an excerpt", () => {
    const long = `${Array.from({ length: 26 }, (_, i) => (i === 0 ? "We" : `word${i}`)).join(" ")}.`;
    const report = readabilityReport(`Short one. ${long}`);
    expect(report.warnings).toEqual([
      {
        kind: "longSentence",
        message: "This sentence has 26 words. Try to keep sentences to 25 words or fewer.",
        excerpt: expect.stringMatching(/^We word1 word2 .*…$/),
      },
    ]);
    expect(readabilityReport(long, { maxSentenceWords: 30 }).warnings).toEqual([]);
  });

  it.each([
    ["Does your child have SEND?", "SEND", "special educational needs and disabilities"],
    ["Do they have an EHCP?", "EHCP", "Education, Health and Care Plan"],
    ["Our commissioning plans", "commissioning", "buying or arranging services"],
    ["Respite care matters", "Respite", "a break from caring"],
    ["Which tiers apply?", "tiers", "level"],
    ["Current provision is patchy", "provision", "support or services"],
    ["We spoke to stakeholders", "stakeholders", "people who are affected, or who work with us"],
    ["Co-production is key", "Co-production", "working with families to plan services together"],
    ["The outcomes  framework says", "outcomes  framework", "the goals we will check our progress against"],
    ["Better signposting", "signposting", "telling people where to get help"],
  ])("flags jargon in %j", (text, found, suggestion) => {
    expect(readabilityReport(text).warnings).toContainEqual({
      kind: "jargon",
      message: `Not everyone will understand '${found}'. Try '${suggestion}' instead.`,
      excerpt: found,
    });
  });

  it("does not flag ordinary words that look like jargon", () => {
    const report = readabilityReport("Please send us your views. We will provide a summary. Tiered seating.");
    expect(report.warnings).toEqual([]);
  });

  it("flags unexplained acronyms once, but not known or explained ones", () => {
    const report = readabilityReport(
      "The PCT and PCT staff. The NHS and your GP. The Integrated Care Board (ICB) and the ICB.",
      { jargon: [] },
    );
    expect(report.warnings).toEqual([
      { kind: "acronym", message: "Write 'PCT' in full, or explain it the first time you use it.", excerpt: "PCT" },
    ]);
  });

  it("takes a custom jargon list", () => {
    const report = readabilityReport("We will hold a drop-in.", { jargon: [{ term: "drop-in" }] });
    expect(report.warnings).toEqual([
      {
        kind: "jargon",
        message: "Not everyone will understand 'drop-in'. Use plainer words, or explain it.",
        excerpt: "drop-in",
      },
    ]);
  });

  it("includes the terms the issue names", () => {
    const terms = DEFAULT_JARGON.map((j) => j.term);
    for (const term of [
      "SEND",
      "EHCP",
      "commissioning",
      "respite",
      "tier",
      "provision",
      "stakeholder",
      "co-production",
      "outcomes framework",
      "signposting",
    ]) {
      expect(terms).toContain(term);
    }
  });
});
