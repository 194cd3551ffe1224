// Reading ThemeFinder's synthetic-data layout: question.json, responses.jsonl, themes.json and
// mapping.jsonl. Parsing only (no file access), so the CLI and the tests share it.
import { codebookFromThemeFinder, type TCodebook, type TThemeFinderTheme } from "./codebook";

export type TQuestionFile = { question_number?: number; question_text: string };
/** `rawId` keeps the id as given (ThemeFinder uses numbers) so output matches input. */
export type TTextResponse = { id: string; rawId: string | number; text: string };

function jsonLines(text: string, file: string): unknown[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        throw new Error(`${file} line ${i + 1} is not valid JSON`);
      }
    });
}

export function parseResponses(text: string): TTextResponse[] {
  return jsonLines(text, "responses.jsonl").map((row, i) => {
    const r = row as { response_id?: unknown; response?: unknown };
    if (r.response_id === undefined || typeof r.response !== "string") {
      throw new Error(`responses.jsonl line ${i + 1} needs "response_id" and a string "response"`);
    }
    const rawId = typeof r.response_id === "number" ? r.response_id : String(r.response_id);
    return { id: String(r.response_id), rawId, text: r.response };
  });
}

export function parseQuestion(text: string): TQuestionFile {
  const q = JSON.parse(text) as Partial<TQuestionFile>;
  if (typeof q.question_text !== "string") throw new Error(`question.json needs a string "question_text"`);
  return { question_number: q.question_number, question_text: q.question_text };
}

export function parseThemes(text: string): TCodebook {
  const themes = JSON.parse(text) as TThemeFinderTheme[];
  if (
    !Array.isArray(themes) ||
    themes.some((t) => typeof t.topic_id !== "string" || typeof t.topic_label !== "string")
  ) {
    throw new Error(`themes.json must be a list of {"topic_id", "topic_label", "topic_description"}`);
  }
  return codebookFromThemeFinder(themes.map((t) => ({ ...t, topic_description: t.topic_description ?? "" })));
}

/** mapping.jsonl → response id → labels. */
export function parseMapping(text: string): Map<string, string[]> {
  return new Map(
    jsonLines(text, "mapping.jsonl").map((row) => {
      const r = row as { response_id: unknown; labels: string[] };
      return [String(r.response_id), r.labels];
    }),
  );
}

export function formatMapping(rows: { id: string | number; labels: string[] }[]): string {
  return rows.map((r) => JSON.stringify({ response_id: r.id, labels: r.labels })).join("\n") + "\n";
}

/**
 * Officer decisions made elsewhere or earlier (issue #22, `--decisions`): mapping.jsonl's shape,
 * one reviewed response per line with its final themes. Every theme must be in the codebook.
 */
export function parseDecisions(text: string, codebook: TCodebook): { id: string; labels: string[] }[] {
  const known = new Set(codebook.codes.map((c) => c.id));
  const seen = new Set<string>();
  return jsonLines(text, "the decisions file").map((row, i) => {
    const r = row as { response_id?: unknown; labels?: unknown };
    if (r.response_id === undefined || !Array.isArray(r.labels) || r.labels.some((l) => typeof l !== "string")) {
      throw new Error(`Decisions line ${i + 1} needs "response_id" and "labels", a list of theme ids`);
    }
    const id = String(r.response_id);
    if (seen.has(id))
      throw new Error(`Decisions line ${i + 1} repeats response ${id}: give each response once, with all its themes`);
    seen.add(id);
    const unknown = (r.labels as string[]).filter((l) => !known.has(l));
    if (unknown.length)
      throw new Error(
        `Decisions line ${i + 1} names theme ${unknown.map((u) => `"${u}"`).join(", ")}, which is not in the codebook`,
      );
    return { id, labels: r.labels as string[] };
  });
}
