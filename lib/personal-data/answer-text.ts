// One stored answer in words, for a subject access pack: the question's title and the chosen
// options' labels (keys when the questionnaire no longer has them), then any typed text.
import type { TQuestion } from "@/lib/questionnaire/definition/definition";

export type TStoredAnswer = {
  questionKey: string;
  optionKeys: string[];
  text: string | null;
  number: number | null;
  matrix: unknown;
};

type TLabelled = { key: string; title: string; options?: { key: string; label: string }[] };

export function questionIndex(questions: readonly TQuestion[]): Map<string, TLabelled> {
  return new Map(
    questions.map((q) => [
      q.key,
      { key: q.key, title: q.title, options: "options" in q && Array.isArray(q.options) ? q.options : undefined },
    ]),
  );
}

function labels(q: TLabelled | undefined, keys: readonly string[]): string[] {
  return keys.map((k) => q?.options?.find((o) => o.key === k)?.label ?? k);
}

export function answerText(index: Map<string, TLabelled>, a: TStoredAnswer): { question: string; answer: string } {
  const q = index.get(a.questionKey);
  const parts = [...labels(q, a.optionKeys)];
  if (a.number !== null) parts.push(String(a.number));
  if (a.matrix && typeof a.matrix === "object") parts.push(JSON.stringify(a.matrix));
  if (a.text) parts.push(a.text);
  return { question: q?.title ?? a.questionKey, answer: parts.join("; ") || "–" };
}

/** An equality answer as stored ({ optionKey } or { optionKeys }, with "Other" text). */
export function equalityText(
  index: Map<string, TLabelled>,
  key: string,
  value: unknown,
): { question: string; answer: string } {
  const v = (value ?? {}) as { optionKey?: string; optionKeys?: string[]; text?: string };
  const keys = v.optionKeys ?? (v.optionKey ? [v.optionKey] : []);
  return answerText(index, { questionKey: key, optionKeys: keys, text: v.text ?? null, number: null, matrix: null });
}
