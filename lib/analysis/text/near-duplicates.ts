// Near-duplicate and campaign detection: MinHash (128 hashes) over word 3-shingles with LSH
// banding (32 bands × 4 rows, so pairs at Jaccard 0.8 collide with probability > 0.99), each
// candidate pair then verified on exact shingle-set Jaccard. Verified pairs are joined with
// union–find; a group of `campaignSize` or more is a campaign, whose template is the medoid of
// its first members and whose members' personal additions are the sentences not in the template.

export type TDuplicateGroup = {
  /** Member indices into the input, ascending. */
  members: number[];
  isCampaign: boolean;
  /** Index of the member used as the template (the medoid of the earliest members). */
  templateIndex: number;
  templateText: string;
  /** Per member (same order as `members`): sentences it adds to the template. */
  additions: string[];
};

export type TDuplicateOptions = { threshold: number; campaignSize: number; shingle: number };
export const DEFAULT_DUPLICATE_OPTIONS: TDuplicateOptions = { threshold: 0.8, campaignSize: 10, shingle: 3 };

const HASHES = 128;
const ROWS = 4;
const normalise = (t: string) =>
  t
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// murmur3 finaliser: turns (shingle hash XOR per-function seed) into an independent-looking hash.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(i * 0x9e3779b9 + 1));

export function shingles(text: string, size: number): Set<number> {
  const words = normalise(text);
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(fnv1a(words.join(" ")));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(" ")));
  return out;
}

function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of set) {
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

const sentences = (t: string) =>
  t
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

function groupOf(texts: string[], sets: Set<number>[], members: number[], campaignSize: number): TDuplicateGroup {
  // Medoid of the first 50 members: highest mean Jaccard to the others (bounded cost).
  const early = members.slice(0, 50);
  let templateIndex = early[0];
  let bestMean = -1;
  for (const i of early) {
    const mean = early.reduce((s, j) => s + (i === j ? 0 : jaccard(sets[i], sets[j])), 0);
    if (mean > bestMean) [bestMean, templateIndex] = [mean, i];
  }
  const templateSentences = new Set(sentences(texts[templateIndex]).map((s) => normalise(s).join(" ")));
  const additions = members.map((m) =>
    sentences(texts[m])
      .filter((s) => !templateSentences.has(normalise(s).join(" ")))
      .join(" "),
  );
  return {
    members,
    isCampaign: members.length >= campaignSize,
    templateIndex,
    templateText: texts[templateIndex],
    additions,
  };
}

/** Groups of two or more near-identical texts, largest first, then by first member. */
export function findNearDuplicates(
  texts: string[],
  options: TDuplicateOptions = DEFAULT_DUPLICATE_OPTIONS,
): TDuplicateGroup[] {
  const sets = texts.map((t) => shingles(t, options.shingle));
  const parent = Int32Array.from(texts, (_, i) => i);
  // Each LSH bucket keeps up to 8 representatives; a newcomer is verified against them, which
  // bounds the cost for huge campaigns while still linking variants that differ from the first.
  const buckets = new Map<string, number[]>();
  texts.forEach((_, i) => {
    if (sets[i].size === 0) return;
    const sig = signature(sets[i]);
    for (let b = 0; b < HASHES / ROWS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`;
      const held = buckets.get(key) ?? [];
      for (const other of held) {
        if (find(parent, other) !== find(parent, i) && jaccard(sets[i], sets[other]) >= options.threshold) {
          parent[find(parent, i)] = find(parent, other);
        }
      }
      if (held.length < 8) buckets.set(key, [...held, i]);
    }
  });
  const byRoot = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const r = find(parent, i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  });
  return [...byRoot.values()]
    .filter((m) => m.length >= 2)
    .map((m) => groupOf(texts, sets, m, options.campaignSize))
    .sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
}
