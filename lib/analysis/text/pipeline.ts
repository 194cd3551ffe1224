// The free-text pipeline for one open question, as one pure function over plain data: redact →
// near-duplicates and campaigns → candidate themes (no codebook) or multi-label assignment (with
// a codebook). The CLI and the app call this; persistence is the caller's job.
import { prepareResponses, reviewQueue, scoreResponses, type TAssignOptions, DEFAULT_ASSIGN_OPTIONS, type TResponseCoding } from "./assignment";
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
};

export type TPipelineResult = {
  redacted: { id: string; text: string; redactions: TSpan[] }[];
  groups: (Omit<TDuplicateGroup, "members" | "templateIndex"> & { memberIds: string[]; templateId: string })[];
  candidates?: (Omit<TCandidateTheme, "members" | "quotes"> & { memberIds: string[]; quotes: { id: string; text: string }[] })[];
  codings?: (Omit<TResponseCoding, "index"> & { id: string })[];
  /** Response ids, least confident first (with a codebook). */
  reviewOrder?: string[];
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
    const codings = scoreResponses(corpus, texts, input.codebook, options);
    result.codings = codings.map(({ index, ...c }) => ({ id: responses[index].id, ...c }));
    result.reviewOrder = reviewQueue(codings).map((c) => responses[c.index].id);
    return result;
  }
  // A campaign counts once (its template) when proposing themes, so it cannot swamp them;
  // campaigns are reported separately.
  const skip = new Set(dupes.filter((g) => g.isCampaign).flatMap((g) => g.members.filter((m) => m !== g.templateIndex)));
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
