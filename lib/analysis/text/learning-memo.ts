// The learned theme model (issue #22), remembered per exact input. A review save re-scores the
// question (assign.ts), and the review page that follows needs the same model, today's scorer
// alone (to count what the decisions changed) and the held-out agreement estimate (5 training
// runs). Without this memo a page view re-ran all of it: about 8 training runs, and on a large
// question several seconds. The key is the content itself (the answers' texts, the codebook as
// the assigner sees it, the decision set), not ids: the model is deterministic in exactly that, so
// a hit can never be stale, whatever edited the codebook or who decided what in which order.
// Per process: each app process keeps its own few entries (a miss only costs the computation).
// Pure (no database): the services, and the bench that times a page view, call it alike.
import { createHash } from "node:crypto";
import { prepareResponses, type TOfficerDecisions, type TResponseCoding, type TResponseCorpus } from "./assignment";
import type { TCodebook } from "./codebook";
import { learnThemes, type TLearnedResult } from "./learned-themes";
import { heldOutAgreement } from "./learning-summary";

/** Entries kept per kind: a model for 10,000 answers with its evidence weighs several megabytes. */
const ENTRIES = 4;

/** Least recently used first out. */
class Memo<V> {
  private entries = new Map<string, V>();
  constructor(private size: number) {}
  get(key: string, make: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

const corpora = new Memo<TResponseCorpus>(ENTRIES);
const models = new Memo<TLearnedResult>(ENTRIES);
const baselines = new Memo<TResponseCoding[]>(ENTRIES);
const estimates = new Memo<number | undefined>(4 * ENTRIES);

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");

export type TLearningInput = {
  texts: string[];
  codebook: TCodebook;
  decisions: TOfficerDecisions;
  reviewed: readonly number[];
};

/** The decision set in one canonical form: themes by id, answers sorted, nothing empty. */
function decisionKey(input: TLearningInput): unknown {
  const sorted = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const themes = [...input.decisions.entries()]
    .map(([id, d]) => [id, sorted(d.accepted), sorted(d.rejected)] as const)
    .filter(([, a, r]) => a.length + r.length > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [themes, sorted(input.reviewed)];
}

function keys(input: TLearningInput) {
  const texts = digest(input.texts);
  const codebook = digest([texts, input.codebook]);
  return { texts, codebook, decisions: digest([codebook, decisionKey(input)]) };
}

function learnInput(input: TLearningInput, textsKey: string) {
  const corpus = corpora.get(textsKey, () => prepareResponses(input.texts));
  const { texts, codebook, decisions } = input;
  return { corpus, texts, codebook, decisions, reviewed: [...input.reviewed] };
}

/** The learned suggestions (today's scorer when there are no decisions). Shared: never mutate the result. */
export function learnedModel(input: TLearningInput): TLearnedResult {
  const key = keys(input);
  return models.get(key.decisions, () => learnThemes(learnInput(input, key.texts)));
}

/** Today's scorer alone, with no decisions: what "changed N suggestions" compares with. */
export function codebookOnly(input: TLearningInput): TResponseCoding[] {
  const key = keys(input);
  const none = () => learnThemes({ ...learnInput(input, key.texts), decisions: undefined, reviewed: undefined });
  return baselines.get(key.codebook, () => none().codings);
}

/** The held-out agreement estimate (learning-summary.ts). */
export function agreementEstimate(input: TLearningInput, codeIds: string[]): number | undefined {
  const key = keys(input);
  return estimates.get(key.decisions, () => heldOutAgreement(learnInput(input, key.texts), codeIds));
}
