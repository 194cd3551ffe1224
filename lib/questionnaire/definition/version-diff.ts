// What changed between two questionnaire versions, and which changes would break answers
// people have already given (issue #5 "Versioning"). Analysis joins versions on question
// keys, so deleting an answered question, changing its type or removing a chosen option would
// orphan or misread stored answers: those are refused. Rewording and reordering are allowed,
// and `changes` is what the audit log records.
import type { TQuestion, TQuestionnaireDefinition, TSection } from "./definition";
import { QUESTION_TYPE_LABELS } from "./question-types";

/**
 * How many people answered each question key (grid statements as `grid.statement`) and chose
 * each option (`optionAnswerKey(questionKey, optionKey)`). A Set says "answered" without counts.
 */
export type TAnswerCounts = ReadonlySet<string> | ReadonlyMap<string, number>;

export const optionAnswerKey = (questionKey: string, optionKey: string): string => `${questionKey}:${optionKey}`;

export type TChangeKind =
  "added" | "removed" | "reworded" | "reordered" | "optionsChanged" | "typeChanged" | "settingsChanged";
export type TVersionChange = { key: string; kind: TChangeKind; scope: "section" | "question" };
export type TBreakingChange = { key: string; reason: string };
export type TVersionDiff = { breaking: TBreakingChange[]; changes: TVersionChange[] };

/** A count, `true` for "some" when only a Set was given, or 0. */
function answeredBy(counts: TAnswerCounts, key: string): number | true {
  if (counts instanceof Map) return counts.get(key) ?? 0;
  return (counts as ReadonlySet<string>).has(key) ? true : 0;
}

const people = (n: number | true, verb: "answered" | "chosen"): string =>
  n === true
    ? `people have ${verb}`
    : n === 1
      ? `1 person has ${verb}`
      : `${n.toLocaleString("en-GB")} people have ${verb}`;

/** Answers to the question, summing grid statements. */
function questionAnswers(question: TQuestion, counts: TAnswerCounts): number | true {
  const keys =
    question.type === "likertGrid"
      ? [question.key, ...question.statements.map((s) => `${question.key}.${s.key}`)]
      : [question.key];
  return sum(keys.map((key) => answeredBy(counts, key)));
}

function sum(values: readonly (number | true)[]): number | true {
  let total = 0;
  let some = false;
  for (const n of values) {
    if (n === true) some = true;
    else total += n;
  }
  return total > 0 ? total : some ? true : 0;
}

/** Indices of one longest increasing run; the other items are the ones that moved. */
function stayedInPlace(positions: readonly number[]): Set<number> {
  const length = positions.map(() => 1);
  const previous = positions.map(() => -1);
  positions.forEach((p, i) => {
    for (let j = 0; j < i; j++)
      if (positions[j] < p && length[j] + 1 > length[i]) [length[i], previous[i]] = [length[j] + 1, j];
  });
  const kept = new Set<number>();
  for (let i = length.indexOf(Math.max(0, ...length)); i !== -1; i = previous[i]) kept.add(i);
  return kept;
}

function reordered(previousKeys: readonly string[], nextKeys: readonly string[]): string[] {
  const before = new Map(previousKeys.map((k, i) => [k, i]));
  const common = nextKeys.filter((k) => before.has(k));
  const kept = stayedInPlace(common.map((k) => before.get(k)!));
  return common.filter((_, i) => !kept.has(i));
}

/** Wording changed: the question's own text, or the label of an option or statement kept in both. */
function reworded(before: TQuestion, after: TQuestion): boolean {
  const text = (q: TQuestion) => JSON.stringify([q.title, q.hint, q.type === "info" ? q.body : undefined]);
  const labels = (q: TQuestion) =>
    new Map<string, string>([
      ...("options" in q ? q.options.map((o) => [`option:${o.key}`, JSON.stringify([o.label, o.hint])] as const) : []),
      ...(q.type === "likertGrid" ? q.statements.map((s) => [`statement:${s.key}`, s.label] as const) : []),
    ]);
  const afterLabels = labels(after);
  return (
    text(before) !== text(after) ||
    [...labels(before)].some(([key, label]) => afterLabels.has(key) && afterLabels.get(key) !== label)
  );
}
const optionSet = (q: TQuestion) =>
  JSON.stringify([
    "options" in q ? q.options.map((o) => [o.key, o.exclusive, o.other, o.organisation]) : [],
    q.type === "likertGrid" ? q.statements.map((s) => s.key) : [],
  ]);
function settings(q: TQuestion): string {
  // Everything but identity, wording and options: required, limits, conditions, topic codes.
  const { key: _k, type: _t, title: _ti, hint: _h, ...rest } = q as Record<string, unknown>;
  delete rest.options;
  delete rest.statements;
  delete rest.body;
  return JSON.stringify(
    Object.keys(rest)
      .filter((name) => rest[name] !== undefined)
      .sort()
      .map((name) => [name, rest[name]]),
  );
}

function questionBreaks(before: TQuestion, after: TQuestion | undefined, counts: TAnswerCounts): string[] {
  const answered = questionAnswers(before, counts);
  if (!after)
    return answered
      ? [
          `You cannot delete '${before.title}' because ${people(answered, "answered")} it. Hide it with a condition instead.`,
        ]
      : [];
  if (after.type !== before.type) {
    return answered
      ? [
          `You cannot change '${before.title}' from ${QUESTION_TYPE_LABELS[before.type]} to ${QUESTION_TYPE_LABELS[after.type]} because ${people(answered, "answered")} it. Add a new question instead.`,
        ]
      : [];
  }
  const reasons: string[] = [];
  const kept = new Set("options" in after ? after.options.map((o) => o.key) : []);
  for (const option of "options" in before ? before.options : []) {
    if (kept.has(option.key)) continue;
    const statementKeys =
      before.type === "likertGrid" ? before.statements.map((s) => `${before.key}.${s.key}`) : [before.key];
    const chose = sum(statementKeys.map((key) => answeredBy(counts, optionAnswerKey(key, option.key))));
    if (chose)
      reasons.push(
        `You cannot remove the option '${option.label}' from '${before.title}' because ${people(chose, "chosen")} it. Keep the option, or add a new question instead.`,
      );
  }
  if (before.type === "likertGrid" && after.type === "likertGrid") {
    const statements = new Set(after.statements.map((s) => s.key));
    for (const statement of before.statements) {
      const answeredStatement = answeredBy(counts, `${before.key}.${statement.key}`);
      if (!statements.has(statement.key) && answeredStatement) {
        reasons.push(
          `You cannot remove the statement '${statement.label}' from '${before.title}' because ${people(answeredStatement, "answered")} it.`,
        );
      }
    }
  }
  return reasons;
}

function questionChanges(before: TQuestion, after: TQuestion): TChangeKind[] {
  if (before.type !== after.type) return ["typeChanged"];
  const kinds: TChangeKind[] = [];
  if (optionSet(before) !== optionSet(after)) kinds.push("optionsChanged");
  if (reworded(before, after)) kinds.push("reworded");
  if (settings(before) !== settings(after)) kinds.push("settingsChanged");
  return kinds;
}

const sectionWording = (s: TSection) => JSON.stringify([s.title, s.intro]);
const questionsOf = (d: TQuestionnaireDefinition) =>
  d.sections.flatMap((s) => s.questions.map((q) => ({ q, section: s.key })));

/** Compares two versions; `answered` says which questions and options already have answers. */
export function diffVersions(
  previous: TQuestionnaireDefinition,
  next: TQuestionnaireDefinition,
  answered: TAnswerCounts,
): TVersionDiff {
  const breaking: TBreakingChange[] = [];
  const changes: TVersionChange[] = [];
  const change = (scope: TVersionChange["scope"], key: string, kind: TChangeKind) => changes.push({ key, kind, scope });

  const beforeSections = new Map(previous.sections.map((s) => [s.key, s]));
  const afterSections = new Map(next.sections.map((s) => [s.key, s]));
  for (const s of previous.sections) if (!afterSections.has(s.key)) change("section", s.key, "removed");
  for (const s of next.sections) {
    const before = beforeSections.get(s.key);
    if (!before) change("section", s.key, "added");
    else {
      if (sectionWording(before) !== sectionWording(s)) change("section", s.key, "reworded");
      if (JSON.stringify(before.showIf) !== JSON.stringify(s.showIf)) change("section", s.key, "settingsChanged");
    }
  }
  for (const key of reordered(
    previous.sections.map((s) => s.key),
    next.sections.map((s) => s.key),
  ))
    change("section", key, "reordered");

  const beforeQuestions = questionsOf(previous);
  const afterQuestions = new Map(questionsOf(next).map((e) => [e.q.key, e]));
  for (const { q: before } of beforeQuestions) {
    const after = afterQuestions.get(before.key)?.q;
    for (const reason of questionBreaks(before, after, answered)) breaking.push({ key: before.key, reason });
    if (!after) change("question", before.key, "removed");
    else for (const kind of questionChanges(before, after)) change("question", before.key, kind);
  }
  const beforeKeys = new Map(beforeQuestions.map((e) => [e.q.key, e.section]));
  for (const { q } of afterQuestions.values()) if (!beforeKeys.has(q.key)) change("question", q.key, "added");
  // A question is reordered when it moved to another page or within its page; moving a whole
  // page is the page's change, so its questions are not all reported too.
  const moved = new Set<string>();
  for (const section of next.sections) {
    const stayed = section.questions.map((q) => q.key).filter((key) => beforeKeys.get(key) === section.key);
    const before = beforeSections.get(section.key)?.questions.map((q) => q.key) ?? [];
    for (const key of reordered(before, stayed)) moved.add(key);
    for (const q of section.questions)
      if (beforeKeys.has(q.key) && beforeKeys.get(q.key) !== section.key) moved.add(q.key);
  }
  for (const key of afterQuestions.keys()) if (moved.has(key)) change("question", key, "reordered");
  return { breaking, changes };
}
