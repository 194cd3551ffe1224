// Candidate themes for one open question: spherical k-means over TF-IDF, then per cluster a
// c-TF-IDF keyphrase label, distinctive terms, its size, 5 representative quotes chosen by MMR
// (close to the centre yet different from each other) and, when responses are linked to a
// closed answer, how that answer splits within the cluster. Officers turn these into codes.
import { sphericalKMeans } from "./kmeans";
import { displayTerm, tokenise } from "./tokens";
import { buildCorpus, dotDense, dot, type TCorpus } from "./vectors";

export type TCandidateTheme = {
  label: string;
  distinctiveTerms: string[];
  approxCount: number;
  /** Indices of the members, ascending. */
  members: number[];
  quotes: { index: number; text: string }[];
  /** Linked closed answer → number of members giving it (answers absent are not counted). */
  closedSplit: Record<string, number>;
};

export type TCandidateOptions = { seed: number; k?: number; quotes?: number; questionText?: string };

/** Roughly sqrt(n/2) clusters, within ThemeFinder's theme-set rules (at most 30 to start with). */
export function defaultK(n: number): number {
  return Math.max(2, Math.min(30, Math.round(Math.sqrt(n / 2))));
}

function mmrQuotes(corpus: TCorpus, members: number[], centroid: Float64Array, count: number): number[] {
  const chosen: number[] = [];
  const rel = new Map(members.map((m) => [m, dotDense(corpus.vectors[m], centroid)]));
  while (chosen.length < Math.min(count, members.length)) {
    let pick = -1;
    let score = -Infinity;
    for (const m of members) {
      if (chosen.includes(m) || corpus.contentCounts[m] === 0) continue;
      const redundancy = Math.max(0, ...chosen.map((c) => dot(corpus.vectors[m], corpus.vectors[c])));
      const s = 0.7 * rel.get(m)! - 0.3 * redundancy;
      if (s > score) [score, pick] = [s, m];
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return chosen;
}

export function candidateThemes(
  texts: string[],
  options: TCandidateOptions,
  linkedAnswers?: (string | undefined)[],
): TCandidateTheme[] {
  // minDf 2: a term in one response cannot make two responses alike.
  const corpus = buildCorpus(texts, { minDf: 2 });
  const usable = texts.map((_, i) => i).filter((i) => corpus.vectors[i].idx.length > 0);
  if (usable.length < 2) return [];
  const k = Math.min(options.k ?? defaultK(usable.length), usable.length);
  const { assignments, centroids } = sphericalKMeans(
    usable.map((i) => corpus.vectors[i]),
    corpus.terms.length,
    k,
    options.seed,
  );
  const clusters = centroids.map(() => [] as number[]);
  usable.forEach((doc, j) => clusters[assignments[j]].push(doc));
  // c-TF-IDF: a term's weight in the cluster, scaled by how rare it is across clusters.
  const termTotals = new Float64Array(corpus.terms.length);
  const clusterTf = clusters.map((members) => {
    const tf = new Float64Array(corpus.terms.length);
    for (const m of members) {
      const v = corpus.vectors[m];
      for (let j = 0; j < v.idx.length; j++) tf[v.idx[j]] += v.val[j];
    }
    tf.forEach((x, t) => (termTotals[t] += x));
    return tf;
  });
  const echo = new Set(tokenise(options.questionText ?? "").stems);
  const meanMass = termTotals.reduce((a, b) => a + b, 0) / Math.max(1, clusters.length);
  return clusters
    .map((members, c) => {
      const tf = clusterTf[c];
      const mass = tf.reduce((a, b) => a + b, 0) || 1;
      const ranked = [...tf.keys()]
        .filter((t) => tf[t] > 0 && !corpus.terms[t].split(" ").some((s) => echo.has(s)))
        .map((t) => ({ t, w: (tf[t] / mass) * Math.log(1 + meanMass / termTotals[t]) }))
        .sort((a, b) => b.w - a.w || a.t - b.t);
      const terms = ranked.slice(0, 8).map((r) => displayTerm(corpus.terms[r.t], corpus.surface));
      // Label: the best bigram among the top terms if any (a phrase reads better), else the top two words.
      const phrase = terms.find((t) => t.includes(" "));
      const label = phrase ?? terms.slice(0, 2).join(", ");
      const closedSplit: Record<string, number> = {};
      for (const m of members) {
        const a = linkedAnswers?.[m];
        if (a !== undefined) closedSplit[a] = (closedSplit[a] ?? 0) + 1;
      }
      const quotes = mmrQuotes(corpus, members, centroids[c], options.quotes ?? 5).map((index) => ({
        index,
        text: texts[index],
      }));
      return { label, distinctiveTerms: terms, approxCount: members.length, members, quotes, closedSplit };
    })
    .filter((t) => t.approxCount > 0)
    .sort((a, b) => b.approxCount - a.approxCount || a.members[0] - b.members[0]);
}
