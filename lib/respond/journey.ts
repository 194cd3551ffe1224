// The respondent's journey through one questionnaire version: its pages (sections), then the
// optional equality monitoring pages, in one definition so that navigation, conditions and
// validation all run through lib/questionnaire unchanged. Pure: pages, actions and services
// share it, and it is unit-tested without a database.
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { evaluateVisibility } from "@/lib/questionnaire/conditions/conditions";
import {
  type TQuestion,
  type TQuestionnaireDefinition,
  type TSection,
  ZQuestion,
} from "@/lib/questionnaire/definition/definition";
import { EQUALITY_PREFIX, equalitySections } from "./equality-questions";
import { easyReadEqualitySections } from "./equality-questions-easy-read";

/** The standard "who filled it in" question (issue #6, item 8); Response.completedHow mirrors it. */
export const HELP_COMPLETING_KEY = "help-completing";
export const HELP_COMPLETING: TQuestion = ZQuestion.parse({
  key: HELP_COMPLETING_KEY,
  type: "singleChoice",
  title: "Did anyone help you fill this in?",
  options: [
    { key: "no", label: "No" },
    { key: "family", label: "Yes, a family member or friend" },
    { key: "support-worker", label: "Yes, a support worker or advocate" },
    { key: "someone-else", label: "Someone else answered for me" },
  ],
});

/**
 * Page URLs are /respond/<section key>; these names are the journey's own pages, so a
 * section that happens to share one is served under "section-<key>" instead.
 */
const RESERVED_SLUGS = new Set([
  "check-answers",
  "confirmation",
  "save",
  "resume",
  "receipt",
  "too-many-attempts",
  "easy-read",
]);

export type TJourney = {
  /** The questionnaire's sections, then the equality sections. */
  definition: TQuestionnaireDefinition;
  /** Question keys whose answers are stored in EqualityMonitoring, not as Answer rows. */
  equalityKeys: ReadonlySet<string>;
};

export type TJourneyOptions = {
  /** Ask the child's age band and needs too (consultations with children or parents as an audience). */
  aboutChild: boolean;
};

/**
 * Builds the journey for a published questionnaire. The help-completing question is added to
 * the last page when an officer left it out, so every online response records how it was filled in.
 */
export function buildJourney(questionnaire: TQuestionnaireDefinition, options: TJourneyOptions): TJourney {
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  const clash = [...questionnaire.sections, ...questions].find((item) => item.key.startsWith(EQUALITY_PREFIX));
  if (clash) throw new Error(`Questionnaire key "${clash.key}" uses the prefix reserved for equality monitoring`);
  const sections = questionnaire.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  // An Easy Read questionnaire asks it in its own words, linked by answersKey (issue #7).
  if (!questions.some((q) => q.key === HELP_COMPLETING_KEY || q.answersKey === HELP_COMPLETING_KEY))
    sections.at(-1)?.questions.push(HELP_COMPLETING);
  // Easy Read asks the same equality questions in its own words, one per page (issue #7).
  const standardEquality = equalitySections(options);
  const equality = questionnaire.format === "EASY_READ" ? easyReadEqualitySections(standardEquality) : standardEquality;
  return {
    definition: { ...questionnaire, sections: [...sections, ...equality] },
    equalityKeys: new Set(equality.flatMap((s) => s.questions.map((q) => q.key))),
  };
}

export function pageSlug(sectionKey: string): string {
  return RESERVED_SLUGS.has(sectionKey) ? `section-${sectionKey}` : sectionKey;
}

export function sectionForSlug(journey: TJourney, slug: string): TSection | undefined {
  return journey.definition.sections.find((s) => pageSlug(s.key) === slug);
}

/** Questions that take an answer (information blocks do not). */
export const answerableQuestions = (section: TSection): TQuestion[] =>
  section.questions.filter((q) => q.type !== "info");

/** The pages this respondent sees, given their answers: shown sections with at least one shown question. */
export function journeyPages(journey: TJourney, answers: TAnswers): TSection[] {
  const { sections, questions } = evaluateVisibility(journey.definition, answers);
  return journey.definition.sections.filter(
    (s) => sections.has(s.key) && s.questions.some((q) => questions.has(q.key)),
  );
}

export type TPagePosition = { number: number; total: number; previous?: TSection; next?: TSection };

/** "Page 2 of 6" and the neighbours, or undefined when the page is not part of this respondent's journey. */
export function pagePosition(journey: TJourney, answers: TAnswers, sectionKey: string): TPagePosition | undefined {
  const pages = journeyPages(journey, answers);
  const index = pages.findIndex((s) => s.key === sectionKey);
  if (index === -1) return undefined;
  return { number: index + 1, total: pages.length, previous: pages[index - 1], next: pages[index + 1] };
}

/**
 * Where a returning respondent carries on: the first page with a required question still
 * unanswered, or else the page after the furthest one they answered anything on.
 * Undefined means every page is done: go to "Check your answers".
 */
export function resumePage(journey: TJourney, answers: TAnswers): TSection | undefined {
  const pages = journeyPages(journey, answers);
  const { questions } = evaluateVisibility(journey.definition, answers);
  const shown = (section: TSection) => answerableQuestions(section).filter((q) => questions.has(q.key));
  const furthest = pages.findLastIndex((s) => shown(s).some((q) => answers[q.key] !== undefined));
  const missingRequired = pages.findIndex(
    (s, i) => i <= furthest && shown(s).some((q) => q.required && answers[q.key] === undefined),
  );
  if (missingRequired !== -1) return pages[missingRequired];
  return pages[furthest + 1];
}

/** Answers split by where they are stored. */
export function splitAnswers(journey: TJourney, answers: TAnswers): { questionnaire: TAnswers; equality: TAnswers } {
  const questionnaire: Record<string, TAnswers[string]> = {};
  const equality: Record<string, TAnswers[string]> = {};
  for (const [key, value] of Object.entries(answers))
    (journey.equalityKeys.has(key) ? equality : questionnaire)[key] = value;
  return { questionnaire, equality };
}

/** The journey's definition cut after `sectionKey`: all a page's validation needs, since conditions only look back. */
export function definitionUpTo(journey: TJourney, sectionKey: string): TQuestionnaireDefinition {
  const index = journey.definition.sections.findIndex((s) => s.key === sectionKey);
  return { ...journey.definition, sections: journey.definition.sections.slice(0, index + 1) };
}
