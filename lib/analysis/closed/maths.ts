// Percentages and net agreement for closed questions. Consultation results are "not a vote":
// every figure carries its base, and percentages are of everyone in the filtered set, so the
// "Not answered" row is visible and single-choice rows add up to 100%.
import type { TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { YES_NO_OPTIONS } from "@/lib/questionnaire/definition/question-shapes";

export const AGREE_KEYS = ["strongly-agree", "agree"] as const;
export const DISAGREE_KEYS = ["disagree", "strongly-disagree"] as const;

/** n as a percentage of base, or null when the base is empty (never "NaN%"). */
export function percentOf(n: number, base: number): number | null {
  return base > 0 ? (100 * n) / base : null;
}

/** A whole-number percentage label for the themes tables: "0%" when nobody commented. */
export function wholePercentLabel(n: number, base: number): string {
  return base === 0 ? "0%" : `${Math.round((100 * n) / base)}%`;
}

/** One decimal place, "–" for no base: "42.9%". */
export function formatPercent(value: number | null): string {
  return value === null ? "–" : `${value.toFixed(1)}%`;
}

/**
 * Agree plus strongly agree, minus disagree plus strongly disagree, as a percentage of the base.
 * "Neither" and "Don't know" count in the base but on neither side.
 */
export function netAgreement(counts: Readonly<Record<string, number>>, base: number): number | null {
  const sum = (keys: readonly string[]) => keys.reduce((total, key) => total + (counts[key] ?? 0), 0);
  return percentOf(sum(AGREE_KEYS) - sum(DISAGREE_KEYS), base);
}

export type TClosedQuestion = {
  /** The stored Answer key: the question's key, or `grid.statement` for a Likert grid row. */
  key: string;
  title: string;
  options: { key: string; label: string }[];
  likert: boolean;
  multiple: boolean;
};

function closedOf(question: TQuestion): TClosedQuestion[] {
  const opts = (list: readonly { key: string; label: string }[]) => list.map(({ key, label }) => ({ key, label }));
  switch (question.type) {
    case "singleChoice":
    case "respondentType":
      return [
        { key: question.key, title: question.title, options: opts(question.options), likert: false, multiple: false },
      ];
    case "multipleChoice":
      return [
        { key: question.key, title: question.title, options: opts(question.options), likert: false, multiple: true },
      ];
    case "likert":
      return [
        { key: question.key, title: question.title, options: opts(question.options), likert: true, multiple: false },
      ];
    case "yesNo":
      return [
        { key: question.key, title: question.title, options: opts(YES_NO_OPTIONS), likert: false, multiple: false },
      ];
    case "likertGrid":
      return question.statements.map((s) => ({
        key: `${question.key}.${s.key}`,
        title: `${question.title}: ${s.label}`,
        options: opts(question.options),
        likert: true,
        multiple: false,
      }));
    default:
      return [];
  }
}

/**
 * The closed questions to report, from the standard questionnaire's versions, newest first:
 * Easy Read answers are stored under the standard keys, so the standard wording labels both.
 * A key that only an older version asked keeps that version's wording.
 */
export function closedQuestions(definitions: readonly TQuestionnaireDefinition[]): TClosedQuestion[] {
  const byKey = new Map<string, TClosedQuestion>();
  for (const definition of definitions) {
    for (const question of definition.sections.flatMap((s) => s.questions)) {
      for (const closed of closedOf(question)) if (!byKey.has(closed.key)) byKey.set(closed.key, closed);
    }
  }
  return [...byKey.values()];
}

/**
 * Counts per calendar day ("2026-03-01"), oldest first, with the days in between that had no
 * responses filled in as 0: a day chart with gaps silently closed would mislead.
 */
export function fillDays(days: readonly { key: string; n: number }[]): { key: string; n: number }[] {
  const sorted = [...days].sort((a, b) => a.key.localeCompare(b.key));
  if (sorted.length === 0) return [];
  const byDay = new Map(sorted.map((d) => [d.key, d.n]));
  const out: { key: string; n: number }[] = [];
  const last = Date.parse(`${sorted[sorted.length - 1].key}T00:00:00Z`);
  for (let t = Date.parse(`${sorted[0].key}T00:00:00Z`); t <= last; t += 86_400_000) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push({ key, n: byDay.get(key) ?? 0 });
  }
  return out;
}
