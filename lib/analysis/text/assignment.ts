// Multi-label assignment of responses to codebook codes, explainable and fast to re-run.
// Each code is a vector: its name + description, plus its pinned examples, refined by two rounds
// of pseudo-relevance feedback (Rocchio: mix in the responses that already match the code best).
// A response gets every code scoring >= minScore and >= relative × its best score; otherwise
// "No reason given" (non-answers, very short answers) or "Other". Scores are first blended with
// those of each response's nearest neighbours (neighbours.ts). Response vectors come from the
// prepared corpus, so an edit to the codebook only rebuilds the code vectors.
// Officer decisions in the review queue are relevance feedback too (issue #9 review queue): an
// accepted response is a positive seed like a pinned example, a rejected one is subtracted
// (Rocchio's negative term), and neither is used again as pseudo-relevant feedback.
import { fallbackIds, isNonSubstantive, type TCodebook, type TCode } from "./codebook";
import {
  buildCorpus,
  denseCentroid,
  dot,
  dotDense,
  normaliseDense,
  vectorise,
  type TCorpus,
  type TSparse,
} from "./vectors";
import { nearestNeighbours, smoothScores, type TNeighbours } from "./neighbours";
import { displayTerm } from "./tokens";

export type TAssignOptions = {
  /** Absolute cosine a code must reach. */
  minScore: number;
  /** Share of the response's best score a further code must reach (multi-label). */
  relative: number;
  /** Weight of the code text against its feedback/examples centroid. */
  textWeight: number;
  /** Responses per code used as pseudo-relevant feedback in each round. */
  feedbackSize: number;
  feedbackRounds: number;
  /** Neighbouring responses whose scores are blended into each response's (0 = off). */
  neighbours: number;
  /** Weight of the neighbours' mean score against the response's own. */
  neighbourWeight: number;
};

export const DEFAULT_ASSIGN_OPTIONS: TAssignOptions = {
  minScore: 0.03,
  relative: 0.4,
  textWeight: 0.5,
  feedbackSize: 8,
  feedbackRounds: 2,
  neighbours: 10,
  neighbourWeight: 0.3,
};

/** Response vectors plus each response's nearest neighbours. */
export type TResponseCorpus = TCorpus & { neighbours: TNeighbours };

export type TEvidence = {
  /** Terms the response shares with the code, strongest first. */
  sharedTerms: string[];
  /** The pinned example closest to the response, when the code has examples. */
  nearestExample?: { text: string; similarity: number };
  /** Part of the score contributed by the response's nearest neighbours (see neighbours.ts). */
  fromNeighbours: number;
  /** Learned model (learned-themes.ts): the words whose learned weights raised this theme most. */
  learnedTerms?: string[];
  /** Learned model: reviewed answers accepted under this theme that this one resembles most (corpus indices until stored). */
  resembles?: { index: number; similarity: number; id?: string }[];
};

export type TAssignment = { codeId: string; score: number; evidence: TEvidence };

export type TResponseCoding = {
  index: number;
  /** Codes assigned, best first; a single fallback code when nothing else applies. */
  labels: TAssignment[];
  /** 0–1: how far the nearest decision (assign or not) is from its threshold. */
  confidence: number;
};

/** Officer decisions per code id, as corpus indices: accepted (positive) and rejected (negative). */
export type TOfficerDecisions = ReadonlyMap<string, { accepted: readonly number[]; rejected: readonly number[] }>;

/**
 * Total weight of a code's rejected responses against its text + seeds (which weigh 1): enough
 * to push a near-copy of a rejected response below the threshold, while a theme's key term, which
 * a rejected response may share, keeps most of its weight.
 */
export const REJECTED_WEIGHT = 0.25;

/**
 * An accepted answer weighs twice a pseudo-relevant one (or a pinned example, kept at 1 so that
 * codebooks score as before): the officer confirmed it, the system only guessed. Without this,
 * accepting a suggestion the system already used as feedback would change nothing.
 */
export const ACCEPTED_SEED_WEIGHT = 2;

const NO_DECISIONS: TOfficerDecisions = new Map();

/** Sorted, de-duplicated indices: the seeds' order (and so the floating-point sums) never depends on how decisions were read. */
const canonical = (xs: readonly number[] = []) => [...new Set(xs)].sort((a, b) => a - b);

export type TPreparedCodebook = {
  codes: TCode[];
  vectors: Float64Array[];
  examples: TSparse[][];
};

/** Response vectors for assignment: computed once per question, reused by every re-score. */
export function prepareResponses(
  texts: string[],
  options: Pick<TAssignOptions, "neighbours"> = DEFAULT_ASSIGN_OPTIONS,
): TResponseCorpus {
  const corpus = buildCorpus(texts);
  return { ...corpus, neighbours: nearestNeighbours(corpus.vectors, options.neighbours) };
}

function codeText(code: TCode): string {
  return `${code.name}. ${code.description}`;
}

/** Clamps a code vector's negative weights (left by rejected responses) to 0 and re-normalises. */
function positivePart(v: Float64Array): Float64Array {
  for (let k = 0; k < v.length; k++) if (v[k] < 0) v[k] = 0;
  normaliseDense(v);
  return v;
}

export function prepareCodebook(
  corpus: TCorpus,
  codebook: TCodebook,
  options: TAssignOptions,
  decisions: TOfficerDecisions = NO_DECISIONS,
): TPreparedCodebook {
  const codes = codebook.codes.filter((c) => !c.fallback);
  const size = corpus.terms.length;
  const base = codes.map((c) => vectorise(corpus, codeText(c)));
  const examples = codes.map((c) => (c.examples ?? []).map((e) => vectorise(corpus, e)));
  const decided = codes.map((c) => {
    const d = decisions.get(c.id);
    const accepted = canonical(d?.accepted);
    const rejected = canonical(d?.rejected);
    return {
      accepted: accepted.map((r) => corpus.vectors[r]),
      rejected: rejected.map((r) => corpus.vectors[r]),
      any: new Set([...accepted, ...rejected]),
    };
  });
  const withSeeds = (i: number, extra: TSparse[]) => {
    const seeds = [...examples[i], ...extra];
    const accepted = decided[i].accepted;
    const units = seeds.length + ACCEPTED_SEED_WEIGHT * accepted.length;
    const w = units ? (1 - options.textWeight) / units : 0;
    const negatives = decided[i].rejected;
    const parts = [
      { v: base[i], w: units ? options.textWeight : 1 },
      ...seeds.map((v) => ({ v, w })),
      ...accepted.map((v) => ({ v, w: ACCEPTED_SEED_WEIGHT * w })),
      ...negatives.map((v) => ({ v, w: -REJECTED_WEIGHT / negatives.length })),
    ];
    const centroid = denseCentroid(size, parts);
    return negatives.length ? positivePart(centroid) : centroid;
  };
  let vectors = codes.map((_, i) => withSeeds(i, []));
  for (let round = 0; round < options.feedbackRounds; round++) {
    const scores = corpus.vectors.map((v) => vectors.map((c) => dotDense(v, c)));
    const bests = scores.map((s) => Math.max(...s));
    vectors = codes.map((_, i) => {
      const ranked = scores
        .map((s, r) => ({ r, s: s[i], top: s[i] >= bests[r] * options.relative }))
        // Responses an officer decided on are already seeds (or negatives), never pseudo-feedback.
        .filter((x) => x.top && x.s >= options.minScore && !decided[i].any.has(x.r))
        .sort((a, b) => b.s - a.s || a.r - b.r)
        .slice(0, options.feedbackSize);
      return withSeeds(
        i,
        ranked.map((x) => corpus.vectors[x.r]),
      );
    });
  }
  return { codes, vectors, examples };
}

export function evidenceFor(
  corpus: TCorpus,
  v: TSparse,
  prepared: TPreparedCodebook,
  c: number,
  fromNeighbours: number,
): TEvidence {
  const code = prepared.vectors[c];
  const shared: { t: number; w: number }[] = [];
  for (let k = 0; k < v.idx.length; k++) {
    const w = v.val[k] * code[v.idx[k]];
    if (w > 0) shared.push({ t: v.idx[k], w });
  }
  shared.sort((a, b) => b.w - a.w || a.t - b.t);
  const evidence: TEvidence = {
    sharedTerms: shared.slice(0, 5).map((s) => displayTerm(corpus.terms[s.t], corpus.surface)),
    fromNeighbours,
  };
  const examples = prepared.examples[c];
  if (examples.length) {
    let best = 0;
    examples.forEach((e, i) => {
      if (dot(v, e) > dot(v, examples[best])) best = i;
    });
    evidence.nearestExample = { text: prepared.codes[c].examples![best], similarity: dot(v, examples[best]) };
  }
  return evidence;
}

/** The codebook-similarity scores before any threshold: what assignAll labels, and the learned model's prior (learned-themes.ts). */
export type TPriorScores = {
  raw: Float64Array[];
  /** Blended with the neighbours'; 0 for every code on a non-substantive answer. */
  scores: Float64Array[];
  /** Each answer's threshold: max(minScore, best × relative). */
  cuts: Float64Array;
  substantive: boolean[];
};

export function priorScores(
  corpus: TResponseCorpus,
  texts: string[],
  prepared: TPreparedCodebook,
  options: TAssignOptions = DEFAULT_ASSIGN_OPTIONS,
): TPriorScores {
  const raw = corpus.vectors.map((v) => Float64Array.from(prepared.vectors, (c) => dotDense(v, c)));
  const smoothed = smoothScores(raw, corpus.neighbours, options.neighbourWeight);
  const substantive = corpus.vectors.map((_, index) => !isNonSubstantive(texts[index], corpus.contentCounts[index]));
  const scores = smoothed.map((s, index) => (substantive[index] ? s : new Float64Array(s.length)));
  const cuts = Float64Array.from(scores, (s) => Math.max(options.minScore, Math.max(0, ...s) * options.relative));
  return { raw, scores, cuts, substantive };
}

/** The fallback label of an answer no code reached: "No reason given" for non-answers and very short ones, else "Other". */
export function fallbackLabel(corpus: TCorpus, codebook: TCodebook, index: number, substantive: boolean): TAssignment {
  const fallbacks = fallbackIds(codebook);
  const short = !substantive || corpus.contentCounts[index] < 3;
  return {
    codeId: short ? fallbacks["no-reason"] : fallbacks.other,
    score: 0,
    evidence: { sharedTerms: [], fromNeighbours: 0 },
  };
}

/** Scores every response against the prepared codebook. */
export function assignAll(
  corpus: TResponseCorpus,
  texts: string[],
  codebook: TCodebook,
  prepared: TPreparedCodebook,
  options: TAssignOptions = DEFAULT_ASSIGN_OPTIONS,
  /** `scored`: already worked out by the caller; `evidence: false` skips it (the learned model only needs the labels). */
  extra: { scored?: TPriorScores; evidence?: boolean } = {},
): TResponseCoding[] {
  const { raw, scores: all, cuts, substantive } = extra.scored ?? priorScores(corpus, texts, prepared, options);
  const noEvidence: TEvidence = { sharedTerms: [], fromNeighbours: 0 };
  return corpus.vectors.map((v, index) => {
    const scores = all[index];
    const cut = cuts[index];
    const labels: TAssignment[] = [];
    let margin = Infinity;
    scores.forEach((s, c) => {
      margin = Math.min(margin, Math.abs(s - cut) / cut);
      if (s < cut) return;
      // smoothScores returns an answer's own array when nothing was blended in (no neighbours, or weight 0).
      const fromNeighbours = s - (scores === raw[index] ? s : (1 - options.neighbourWeight) * raw[index][c]);
      labels.push({
        codeId: prepared.codes[c].id,
        score: s,
        evidence: extra.evidence === false ? noEvidence : evidenceFor(corpus, v, prepared, c, fromNeighbours),
      });
    });
    labels.sort((a, b) => b.score - a.score || a.codeId.localeCompare(b.codeId));
    if (labels.length === 0) {
      labels.push(fallbackLabel(corpus, codebook, index, substantive[index]));
      if (!substantive[index]) margin = Infinity;
    }
    return { index, labels, confidence: Math.min(1, margin) };
  });
}

/** One call: prepare the codebook and assign (re-run after every accept/reject/add). */
export function scoreResponses(
  corpus: TResponseCorpus,
  texts: string[],
  codebook: TCodebook,
  options: TAssignOptions = DEFAULT_ASSIGN_OPTIONS,
  decisions: TOfficerDecisions = NO_DECISIONS,
): TResponseCoding[] {
  return assignAll(corpus, texts, codebook, prepareCodebook(corpus, codebook, options, decisions), options);
}

/** Review queue: least confident first, ties by input order. */
export function reviewQueue(codings: TResponseCoding[]): TResponseCoding[] {
  return codings.slice().sort((a, b) => a.confidence - b.confidence || a.index - b.index);
}
