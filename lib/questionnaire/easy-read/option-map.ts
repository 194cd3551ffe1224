// How an Easy Read answer becomes a standard one (issue #7, "Linked model"). An Easy Read
// question either answers a standard question (`answersKey`, with an `optionMap` for choice
// questions) or is Easy Read only. Stored rows of a mapped question carry the STANDARD key and
// option keys, so analysis counts both formats together by question key; the Easy Read key and
// options ride along in `sourceQuestionKey`/`sourceOptionKeys`, so the format split can be
// reported and a draft can be turned back into the Easy Read answers it came from.
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import type { TAnswerRow } from "../answers/answer-rows";
import { YES_NO_OPTIONS } from "../definition/question-shapes";

export type TEasyReadRow = TAnswerRow & { sourceQuestionKey?: string | null; sourceOptionKeys?: string[] };

export type TOptionMap = Record<string, string | null>;

/** Types whose answers are option keys, so an option map applies. */
export const CHOICE_TYPES = new Set<TQuestion["type"]>([
  "singleChoice",
  "multipleChoice",
  "likert",
  "yesNo",
  "respondentType",
]);
const TEXT_TYPES = new Set<TQuestion["type"]>(["shortText", "longText"]);

/** The options a question can store: its own, or the fixed Yes / No / Not sure. */
export function optionsOf(question: TQuestion): { key: string; label: string }[] {
  if (question.type === "yesNo") return YES_NO_OPTIONS.map(({ key, label }) => ({ key, label }));
  return "options" in question ? question.options.map(({ key, label }) => ({ key, label })) : [];
}

/** The option keys a question can store. */
export const optionKeysOf = (question: TQuestion): string[] => optionsOf(question).map((o) => o.key);

/**
 * Whether answers of an Easy Read question type can be stored as the standard type. A choice
 * of many cannot fill a choice of one; text fills text; anything else needs the same type.
 */
export function typesCompatible(easyRead: TQuestion["type"], standard: TQuestion["type"]): boolean {
  if (CHOICE_TYPES.has(easyRead) && CHOICE_TYPES.has(standard))
    return easyRead !== "multipleChoice" || standard === "multipleChoice";
  if (TEXT_TYPES.has(easyRead) && TEXT_TYPES.has(standard)) return true;
  return easyRead === standard && !CHOICE_TYPES.has(easyRead);
}

/**
 * The usual 3-point Easy Read scale on a 5-point standard Likert scale: the faces mean
 * "agree", not "strongly agree", because a 3-point answer says nothing about strength.
 * "Not sure" counts as "Neither agree nor disagree" unless the standard question's
 * "Don't know" is asked for.
 */
export function threePointToLikert(
  keys: { like: string; notSure: string; dislike: string },
  notSureAs: "neither" | "dont-know" = "neither",
): TOptionMap {
  return { [keys.like]: "agree", [keys.notSure]: notSureAs, [keys.dislike]: "disagree" };
}

const NOT_SURE = /\b(not sure|don['’]?t know|do not know)\b/i;
/** The standard Likert keys a faces or words scale lands on (see threePointToLikert). */
const LIKERT_KEYS = ["agree", "neither", "disagree"];

/** Whether a standard question offers the agree / neither / disagree points a scale maps to. */
export const acceptsScaleMap = (standard: TQuestion): boolean =>
  LIKERT_KEYS.every((k) => optionKeysOf(standard).includes(k));

/**
 * The builder's one-click map of an Easy Read scale onto a 5-point Likert question: the first
 * point counts as Agree, the last as Disagree, any in between and any "Not sure" as Neither,
 * exactly as threePointToLikert maps the usual 3-point scale.
 */
export function scaleToLikert(options: readonly { key: string; label: string }[]): TOptionMap {
  const notSure = options.filter((o) => o.key === "not-sure" || NOT_SURE.test(o.label));
  const scale = options.filter((o) => !notSure.includes(o));
  if (scale.length < 2) return Object.fromEntries(options.map((o) => [o.key, "neither"]));
  const map: TOptionMap = Object.fromEntries(options.map((o) => [o.key, "neither"]));
  return {
    ...map,
    ...threePointToLikert({
      like: scale[0].key,
      notSure: (notSure[0] ?? scale[1]).key,
      dislike: scale[scale.length - 1].key,
    }),
  };
}

/** Words compared loosely: case, punctuation and spacing aside ("Don't know" = "dont know"). */
const looseWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The map linking starts with (issue #16): each Easy Read answer whose key, or failing that whose
 * words, match a standard answer counts as it, so the officer changes only what differs. Answers
 * already mapped keep their choice; answers with no match stay unmapped for the officer.
 */
export function autoOptionMap(
  easyRead: readonly { key: string; label: string }[],
  standard: readonly { key: string; label: string }[],
  existing: TOptionMap = {},
): TOptionMap {
  const map: TOptionMap = { ...existing };
  for (const option of easyRead) {
    if (option.key in map) continue;
    const match =
      standard.find((t) => t.key === option.key) ??
      standard.find((t) => looseWords(t.label) === looseWords(option.label));
    if (match) map[option.key] = match.key;
  }
  return map;
}

/** The standard option keys an Easy Read choice counts as, in order, without repeats. */
export function mapOptionKeys(optionMap: TOptionMap | undefined, easyReadKeys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of easyReadKeys) {
    const mapped = optionMap?.[key];
    if (mapped && !out.includes(mapped)) out.push(mapped);
  }
  return out;
}

/**
 * One Easy Read answer row as it is stored. Easy-Read-only questions, and choices whose every
 * option maps to null, keep the Easy Read key: they are reported separately, never dropped.
 * The standard question is not needed: publishing checked that the key and options exist.
 */
export function mapEasyReadAnswer(easyRead: TQuestion, row: TAnswerRow): TEasyReadRow {
  if (!easyRead.answersKey) return row;
  if (CHOICE_TYPES.has(easyRead.type)) {
    const optionKeys = mapOptionKeys(easyRead.optionMap, row.optionKeys);
    if (optionKeys.length === 0) return row;
    return {
      ...row,
      questionKey: easyRead.answersKey,
      optionKeys,
      sourceQuestionKey: easyRead.key,
      sourceOptionKeys: [...row.optionKeys],
    };
  }
  return { ...row, questionKey: easyRead.answersKey, sourceQuestionKey: easyRead.key, sourceOptionKeys: [] };
}

/** Rows of an Easy Read response (from toAnswerRows on the Easy Read definition), as stored. */
export function mapEasyReadRows(easyRead: TQuestionnaireDefinition, rows: readonly TAnswerRow[]): TEasyReadRow[] {
  const questions = new Map(easyRead.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
  return rows.map((row) => {
    const question = questions.get(row.questionKey);
    return question ? mapEasyReadAnswer(question, row) : row;
  });
}

/** The standard option a single Easy Read choice counts as (for mirrored Response columns). */
export function mappedOptionKey(easyRead: TQuestion, optionKey: string): string | undefined {
  return easyRead.answersKey ? (easyRead.optionMap?.[optionKey] ?? undefined) : optionKey;
}

/** Stored rows back to the Easy Read rows they came from, to resume a draft or check answers. */
export function unmapEasyReadRows(rows: readonly TEasyReadRow[]): TAnswerRow[] {
  return rows.map(({ sourceQuestionKey, sourceOptionKeys, ...row }) =>
    sourceQuestionKey
      ? {
          ...row,
          questionKey: sourceQuestionKey,
          optionKeys: sourceOptionKeys?.length ? [...sourceOptionKeys] : row.optionKeys,
        }
      : row,
  );
}
