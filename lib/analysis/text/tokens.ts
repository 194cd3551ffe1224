// Tokenising for free-text analysis: lower-cased words, stopwords dropped, Porter2 stems,
// plus adjacent-stem bigrams. Stems are cached because consultation text repeats the same
// few thousand words, and stemming dominates the cost of the pipeline.
import { eng } from "stopword";
import stem from "wink-porter2-stemmer";

// stopword's English list is short; these extra words carry no theme in consultation answers.
const EXTRA_STOPWORDS = [
  "also",
  "would",
  "could",
  "should",
  "will",
  "can",
  "may",
  "might",
  "must",
  "shall",
  "just",
  "really",
  "very",
  "much",
  "many",
  "think",
  "believe",
  "feel",
  "say",
  "said",
  "get",
  "got",
  "one",
  "even",
  "still",
  "like",
  "way",
  "thing",
  "things",
  "make",
  "made",
  "lot",
  "well",
  "yes",
  "s",
  "t",
  "don",
  "doesn",
  "isn",
  "aren",
  "won",
  "can't",
  "don't",
  "i'm",
  "it's",
];
const STOPWORDS = new Set([...eng, ...EXTRA_STOPWORDS]);
const WORD = /[a-z][a-z']*|\d+/g;
const stemCache = new Map<string, string>();

export type TTokenised = {
  /** Content stems in order. */
  stems: string[];
  /** Unigram stems and "a b" bigrams: the features a response is counted on. */
  terms: string[];
};

function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Content words of a text, lower-cased, apostrophes normalised, stopwords removed. */
export function contentWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(WORD) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/'s$/, "").replace(/'/g, "");
    if (w.length < 2 || STOPWORDS.has(raw) || STOPWORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Features of a text; `surface` (optional) learns a readable word for each stem. */
export function tokenise(text: string, surface?: Map<string, string>): TTokenised {
  const words = contentWords(text);
  const stems = words.map((w) => {
    const s = stemOf(w);
    if (surface && !surface.has(s)) surface.set(s, w);
    return s;
  });
  const terms = stems.slice();
  for (let i = 1; i < stems.length; i++) terms.push(`${stems[i - 1]} ${stems[i]}`);
  return { stems, terms };
}

/** Readable form of a term (a stem or a "stem stem" bigram) using learned surface words. */
export function displayTerm(term: string, surface: Map<string, string>): string {
  return term
    .split(" ")
    .map((s) => surface.get(s) ?? s)
    .join(" ");
}
