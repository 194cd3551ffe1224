// The free-text pipeline for one open question, as one pure function over plain data: redact →
// near-duplicates and campaigns → candidate themes (no codebook) or multi-label assignment (with
// a codebook, learning from officer decisions when given: issue #22). The CLI, the bench and the
// app call this; persistence is the caller's job.
import {
  prepareResponses,
  reviewQueue,
  type TAssignment,
  type TAssignOptions,
  DEFAULT_ASSIGN_OPTIONS,
  type TResponseCoding,
} from "./assignment";
import { decisionsFromLabels, learnThemes } from "./learned-themes";
import { changedSuggestions, heldOutAgreement, mostUsefulFirst } from "./learning-summary";
import { candidateThemes, type TCandidateTheme } from "./candidate-themes";
import type { TCodebook } from "./codebook";
import { findNearDuplicates, type TDuplicateGroup } from "./near-duplicates";
import { redact, type TSpan } from "./redaction";

export type TPipelineResponse = {
  id: string;
  text: string;
  /** The respondent's own name from the form, redacted wherever it appears. */
  respondentName?: string;
  /** The answer to the linked closed question (stance comes from here, never from sentiment). */
  linkedAnswer?: string;
};

export type TPipelineInput = {
  responses: TPipelineResponse[];
  codebook?: TCodebook;
  seed: number;
  /** The question's own words are left out of theme labels: every answer echoes them. */
  questionText?: string;
  assign?: Partial<TAssignOptions>;
  /** Officer decisions made elsewhere or earlier: each reviewed response's final themes. */
  decisions?: { id: string; labels: string[] }[];
  /** Also work out the held-out agreement estimate (k-fold training runs: off unless asked). */
  estimate?: boolean;
};

export type TLearningSummary = {
  /** Responses with decisions. */
  reviewed: number;
  /** (Response, theme) pairs on the other responses whose suggestion the decisions changed. */
  changed: number;
  /** Estimated sample-F1 agreement on the responses not reviewed, from held-out decisions. */
  agreement?: number;
};

export type TPipelineResult = {
  redacted: { id: string; text: string; redactions: TSpan[] }[];
  groups: (Omit<TDuplicateGroup, "members" | "templateIndex"> & { memberIds: string[]; templateId: string })[];
  candidates?: (Omit<TCandidateTheme, "members" | "quotes"> & {
    memberIds: string[];
    quotes: { id: string; text: string }[];
  })[];
  codings?: (Omit<TResponseCoding, "index"> & { id: string })[];
  /** Response ids, least confident first (with a codebook). */
  reviewOrder?: string[];
  /** Responses not yet reviewed, "Most useful first" (with a codebook): the queue's default order. */
  usefulOrder?: string[];
  learning?: TLearningSummary;
};

export function runPipeline(input: TPipelineInput): TPipelineResult {
  const { responses } = input;
  const redacted = responses.map((r) => ({ id: r.id, ...redact(r.text, { respondentName: r.respondentName }) }));
  const texts = redacted.map((r) => r.text);
  const dupes = findNearDuplicates(texts);
  const groups = dupes.map(({ members, templateIndex, ...g }) => ({
    ...g,
    memberIds: members.map((m) => responses[m].id),
    templateId: responses[templateIndex].id,
  }));
  const result: TPipelineResult = { redacted, groups };
  if (input.codebook) {
    const options = { ...DEFAULT_ASSIGN_OPTIONS, ...input.assign };
    const corpus = prepareResponses(texts, options);
    const position = new Map(responses.map((r, i) => [r.id, i]));
    const decided = new Map<number, string[]>();
    for (const d of input.decisions ?? []) {
      const at = position.get(d.id);
      if (at === undefined) throw new Error(`A decision names response "${d.id}", which is not among the responses`);
      decided.set(at, d.labels);
    }
    const { decisions, reviewed } = decisionsFromLabels(decided);
    const learnInput = { corpus, texts, codebook: input.codebook, decisions, reviewed, assign: options };
    const learned = learnThemes(learnInput);
    // Decided responses keep the officer's themes; the rest get what the model learned.
    const officer = (codeId: string): TAssignment => ({
      codeId,
      score: 1,
      evidence: { sharedTerms: [], fromNeighbours: 0 },
    });
    const codings = learned.codings.map((c) =>
      decided.has(c.index) ? { ...c, labels: decided.get(c.index)!.map(officer), confidence: 1 } : c,
    );
    const withIds = (l: TAssignment): TAssignment =>
      l.evidence.resembles
        ? {
            ...l,
            evidence: {
              ...l.evidence,
              resembles: l.evidence.resembles.map((r) => ({ ...r, id: responses[r.index].id })),
            },
          }
        : l;
    result.codings = codings.map(({ index, ...c }) => ({
      id: responses[index].id,
      ...c,
      labels: c.labels.map(withIds),
    }));
    result.reviewOrder = reviewQueue(codings).map((c) => responses[c.index].id);
    result.usefulOrder = mostUsefulFirst(
      learned,
      texts.map((_, i) => i).filter((i) => !decided.has(i)),
    ).map((i) => responses[i].id);
    result.learning = {
      reviewed: decided.size,
      changed: learned.learned
        ? changedSuggestions(
            learnThemes({ corpus, texts, codebook: input.codebook, assign: options }).codings,
            learned.codings,
            new Set(decided.keys()),
          )
        : 0,
      agreement: input.estimate && learned.learned ? heldOutAgreement(learnInput, learned.codeIds) : undefined,
    };
    return result;
  }
  // A campaign counts once (its template) when proposing themes, so it cannot swamp them;
  // campaigns are reported separately.
  const skip = new Set(
    dupes.filter((g) => g.isCampaign).flatMap((g) => g.members.filter((m) => m !== g.templateIndex)),
  );
  const kept = texts.map((_, i) => i).filter((i) => !skip.has(i));
  const themes = candidateThemes(
    kept.map((i) => texts[i]),
    { seed: input.seed, questionText: input.questionText },
    kept.map((i) => responses[i].linkedAnswer),
  );
  result.candidates = themes.map(({ members, quotes, ...t }) => ({
    ...t,
    memberIds: members.map((m) => responses[kept[m]].id),
    quotes: quotes.map((q) => ({ id: responses[kept[q.index]].id, text: q.text })),
  }));
  return result;
}
