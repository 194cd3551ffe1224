// The learned model's shapes (issue #22), in a module of their own so that the model
// (learned-themes.ts) and its evidence (learned-evidence.ts) both depend on them, not on each other.
import type {
  TAssignOptions,
  TOfficerDecisions,
  TPreparedCodebook,
  TPriorScores,
  TResponseCoding,
  TResponseCorpus,
} from "./assignment";
import type { TCodebook } from "./codebook";

export type TLearnOptions = {
  /** Logit of the prior per unit of margin over today's threshold ((score − cut) / cut). */
  priorScale: number;
  /** L2 pull of the learned word weights towards 0 (towards the prior). */
  lambda: number;
  /** L2 pull of the weights on the codebook-similarity features and the bias. */
  denseLambda: number;
  rocchio: boolean;
  /** A substantive answer always gets its most probable theme, as the prior always gives its best-scoring one. */
  alwaysBest: boolean;
  /** Most gradient iterations per theme; training stops earlier once no gradient component exceeds `tolerance`. */
  iterations: number;
  tolerance: number;
  /** Reviewed answers shown as "resembles" evidence per suggestion. */
  resembles: number;
};

export type TLearnInput = {
  corpus: TResponseCorpus;
  texts: string[];
  codebook: TCodebook;
  /** Accepted (including hand-added) and rejected answers per theme, as corpus indices. */
  decisions?: TOfficerDecisions;
  /** Answers the officer has fully reviewed: every theme they did not accept is a negative. */
  reviewed?: readonly number[];
  assign?: TAssignOptions;
  learn?: TLearnOptions;
};

export type TLearnedResult = {
  codings: TResponseCoding[];
  /** The prior's own suggestions (today's scorer, with the decisions as Rocchio feedback). */
  prior: TResponseCoding[];
  /** Per answer, per theme (prepared.codes order): the probability the theme applies. */
  probabilities: Float64Array[];
  codeIds: string[];
  learned: boolean;
};

export type TContext = {
  input: TLearnInput;
  substantive: boolean[];
  prepared: TPreparedCodebook;
  scored: TPriorScores;
  /** Per answer: margin over the threshold per theme, clipped to [−1, 2] (the dense features). */
  margins: Float64Array[];
  options: TLearnOptions;
};

/** Theme index → answer index → 1 (applies) / 0 (does not); answers missing are unlabelled. */
export type TLabels = Map<number, 0 | 1>[];
