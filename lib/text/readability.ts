// Plain-English help for officers writing questions and hints (issue #5, builder): a Flesch
// reading ease score, and warnings for long sentences, jargon and unexplained acronyms. It is
// advice, not a gate: the score is a rough guide for short texts, and the people who read
// the questionnaire are the real test.

export type TJargonTerm = Readonly<{ term: string; suggestion?: string }>;

/**
 * Words our readers (parents, carers, disabled young people) told councils they did not
 * understand, with plainer words to use instead. Terms in capitals only match in capitals,
 * so "SEND" is flagged but "send" is not.
 */
export const DEFAULT_JARGON: readonly TJargonTerm[] = [
  { term: "SEND", suggestion: "special educational needs and disabilities" },
  { term: "SEN", suggestion: "special educational needs" },
  { term: "EHCP", suggestion: "Education, Health and Care Plan" },
  { term: "EHC plan", suggestion: "Education, Health and Care Plan" },
  { term: "commissioning", suggestion: "buying or arranging services" },
  { term: "commissioner", suggestion: "the people who decide which services to pay for" },
  { term: "respite", suggestion: "a break from caring" },
  { term: "tier", suggestion: "level" },
  { term: "provision", suggestion: "support or services" },
  { term: "stakeholder", suggestion: "people who are affected, or who work with us" },
  { term: "co-production", suggestion: "working with families to plan services together" },
  { term: "co-produce", suggestion: "plan together with families" },
  { term: "co-produced", suggestion: "planned together with families" },
  { term: "outcomes framework", suggestion: "the goals we will check our progress against" },
  { term: "signposting", suggestion: "telling people where to get help" },
  { term: "signpost", suggestion: "tell people where to get help" },
  { term: "service user", suggestion: "people who use the service" },
  { term: "cohort", suggestion: "group" },
  { term: "holistic", suggestion: "looking at the whole person" },
  { term: "personalisation", suggestion: "support that fits each person" },
  { term: "statutory", suggestion: "that the law says we must do" },
  { term: "eligibility criteria", suggestion: "the rules about who can get support" },
  { term: "threshold", suggestion: "level of need" },
  { term: "multi-agency", suggestion: "different organisations working together" },
  { term: "intervention", suggestion: "help or support" },
  { term: "pathway", suggestion: "the steps to get support" },
  { term: "local offer", suggestion: "the list of services for families in our area" },
  { term: "capacity building", suggestion: "helping groups to do more" },
  { term: "facilitate", suggestion: "help" },
  { term: "utilise", suggestion: "use" },
  { term: "going forward", suggestion: "in future" },
  { term: "in terms of", suggestion: "about" },
  { term: "key performance indicator", suggestion: "measure" },
  { term: "KPI", suggestion: "measure" },
  { term: "CCG", suggestion: "the local NHS" },
  { term: "ICB", suggestion: "the local NHS" },
  { term: "CAMHS", suggestion: "children's mental health services" },
];

/** Acronyms most readers know, which need no warning. */
const KNOWN_ACRONYMS = new Set(["UK", "NHS", "GP", "OK", "TV", "PDF", "ID", "AM", "PM", "BBC"]);

export type TReadabilityWarningKind = "longSentence" | "jargon" | "acronym";
export type TReadabilityWarning = { kind: TReadabilityWarningKind; message: string; excerpt: string };
export type TReadabilityBand =
  "Very easy" | "Easy" | "Fairly easy" | "Plain English" | "Fairly difficult" | "Difficult" | "Very difficult";

export type TReadabilityReport = {
  /** Flesch reading ease, 0 (hardest) to 100 (easiest); null for text with no words. */
  score: number | null;
  band: TReadabilityBand | null;
  sentences: number;
  words: number;
  warnings: TReadabilityWarning[];
};

export type TReadabilityOptions = { maxSentenceWords?: number; jargon?: readonly TJargonTerm[] };

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|approx|vs)\.(?=\s)/gi;
const PLACEHOLDER = "\u0000";

/** Sentences in the text. Each line is its own sentence too, so bullet lists are not one long sentence. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) =>
      line
        .replace(ABBREVIATIONS, (match) => match.replace(/\./g, PLACEHOLDER))
        .split(/(?<=[.!?]["'’”)\]]*)\s+(?=["'‘“(\[]?[A-Z0-9])/)
        .map((sentence) =>
          sentence
            .replaceAll(PLACEHOLDER, ".")
            .replace(/^\s*([-*•]|\d+[.)])\s+/, "")
            .trim(),
        ),
    )
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence));
}

export function wordsIn(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
}

/** Syllables by the usual vowel-group heuristic; good enough for a reading-ease score. */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  // Numbers and symbols: count one per word, as readers say most short numbers quickly.
  if (letters.length === 0) return 1;
  if (letters.length <= 3) return 1;
  // A silent final "e", "es" or "ed" adds no syllable, except "es" after a hissing sound ("services", "boxes").
  const silentEnding = /(?:[csxz]|[cs]h|g)es$/.test(letters)
    ? letters
    : letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "");
  const trimmed = silentEnding.replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

const BANDS: ReadonlyArray<[number, TReadabilityBand]> = [
  [90, "Very easy"],
  [80, "Easy"],
  [70, "Fairly easy"],
  [60, "Plain English"],
  [50, "Fairly difficult"],
  [30, "Difficult"],
  [-Infinity, "Very difficult"],
];

export const readabilityBand = (score: number): TReadabilityBand => BANDS.find(([min]) => score >= min)![1];

/** Flesch reading ease, clamped to 0–100 (very short texts score above 100, which only confuses). */
export function fleschReadingEase(text: string): number | null {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(wordsIn);
  if (words.length === 0) return null;
  const syllables = words.reduce((total, word) => total + countSyllables(word), 0);
  const score = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function termPattern(term: string): RegExp {
  const body = escape(term).replace(/\s+/g, "\\s+");
  // Plurals count ("tiers", "EHCPs"); terms in capitals only match in capitals.
  return new RegExp(`(?<![\\w-])${body}(?:e?s)?(?![\\w-])`, term === term.toUpperCase() ? "" : "i");
}

function excerpt(sentence: string, max = 80): string {
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

function jargonWarnings(text: string, jargon: readonly TJargonTerm[]): TReadabilityWarning[] {
  return jargon.flatMap(({ term, suggestion }) => {
    const match = termPattern(term).exec(text);
    if (!match) return [];
    const advice = suggestion ? `Try '${suggestion}' instead` : "Use plainer words, or explain it";
    return [
      { kind: "jargon" as const, message: `Not everyone will understand '${match[0]}'. ${advice}.`, excerpt: match[0] },
    ];
  });
}

function acronymWarnings(text: string, jargon: readonly TJargonTerm[]): TReadabilityWarning[] {
  const flagged = new Set(jargon.map((j) => j.term));
  const seen = new Set<string>();
  return [...text.matchAll(/(?<![\w-])[A-Z]{2,6}s?(?![\w-])/g)].flatMap(([found]) => {
    const acronym = found.replace(/s$/, "");
    // Explained in brackets ("Clinical Commissioning Group (CCG)") counts as spelt out.
    if (KNOWN_ACRONYMS.has(acronym) || flagged.has(acronym) || seen.has(acronym) || text.includes(`(${acronym})`))
      return [];
    seen.add(acronym);
    return [
      {
        kind: "acronym" as const,
        message: `Write '${acronym}' in full, or explain it the first time you use it.`,
        excerpt: acronym,
      },
    ];
  });
}

/** Score, band and warnings for one piece of text (a question, hint or intro). */
export function readabilityReport(text: string, options: TReadabilityOptions = {}): TReadabilityReport {
  const { maxSentenceWords = 25, jargon = DEFAULT_JARGON } = options;
  const sentences = splitSentences(text);
  const words = sentences.reduce((total, sentence) => total + wordsIn(sentence).length, 0);
  const score = fleschReadingEase(text);
  const warnings: TReadabilityWarning[] = [];
  for (const sentence of sentences) {
    const count = wordsIn(sentence).length;
    if (count > maxSentenceWords) {
      warnings.push({
        kind: "longSentence",
        message: `This sentence has ${count} words. Try to keep sentences to ${maxSentenceWords} words or fewer.`,
        excerpt: excerpt(sentence),
      });
    }
  }
  warnings.push(...jargonWarnings(text, jargon), ...acronymWarnings(text, jargon));
  return { score, band: score === null ? null : readabilityBand(score), sentences: sentences.length, words, warnings };
}
