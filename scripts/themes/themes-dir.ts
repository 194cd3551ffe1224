// Runs the free-text pipeline over a folder in ThemeFinder's layout and returns the files to
// write. Kept apart from the command line so tests exercise exactly what `npm run themes` does.
import fs from "node:fs";
import path from "node:path";
import { runPipeline } from "../../lib/analysis/text/pipeline";
import {
  formatMapping,
  parseDecisions,
  parseQuestion,
  parseResponses,
  parseThemes,
} from "../../lib/analysis/text/themefinder-format";

export type TThemesRun = {
  dir: string;
  codebookPath?: string;
  seed: number;
  /** Officer decisions ({"response_id", "labels"} per line): those responses keep them, the rest get what the model learned. */
  decisionsPath?: string;
  /** Also write review-order.jsonl: the responses not yet decided, in the queue's default order. */
  reviewOrder?: boolean;
};

function read(file: string, what: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(`Cannot read ${what} at ${file}`);
  }
}

/**
 * File name → contents. With a codebook: mapping.jsonl and assignments.jsonl (plus review-order.jsonl
 * when asked, and learning.json with decisions); else candidate-themes.json.
 */
export function runThemesOnDir(run: TThemesRun): Record<string, string> {
  const question = parseQuestion(read(path.join(run.dir, "question.json"), "question.json"));
  const responses = parseResponses(read(path.join(run.dir, "responses.jsonl"), "responses.jsonl"));
  const defaultCodebook = path.join(run.dir, "themes.json");
  const codebookPath = run.codebookPath ?? (fs.existsSync(defaultCodebook) ? defaultCodebook : undefined);
  const codebook = codebookPath ? parseThemes(read(codebookPath, "the codebook")) : undefined;
  if ((run.decisionsPath || run.reviewOrder) && !codebook)
    throw new Error("--decisions and --review-order need a codebook (themes.json or --codebook)");
  const decisions =
    run.decisionsPath && codebook ? parseDecisions(read(run.decisionsPath, "the decisions file"), codebook) : undefined;
  const result = runPipeline({
    responses,
    codebook,
    seed: run.seed,
    questionText: question.question_text,
    decisions,
    estimate: Boolean(decisions),
  });
  const rawIds = new Map(responses.map((r) => [r.id, r.rawId]));
  const files: Record<string, string> = {
    "redactions.jsonl": result.redacted
      .filter((r) => r.redactions.length)
      .map((r) => JSON.stringify({ response_id: rawIds.get(r.id), redactions: r.redactions }))
      .join("\n"),
    "campaigns.json": JSON.stringify(result.groups, null, 2),
  };
  if (result.codings) {
    files["mapping.jsonl"] = formatMapping(
      result.codings.map((c) => ({ id: rawIds.get(c.id)!, labels: c.labels.map((l) => l.codeId) })),
    );
    const byId = new Map(result.codings.map((c) => [c.id, c]));
    // Review order: least confident first, with each label's score and evidence.
    files["assignments.jsonl"] = result
      .reviewOrder!.map((id) => JSON.stringify({ ...byId.get(id), id: undefined, response_id: rawIds.get(id) }))
      .join("\n");
    if (run.reviewOrder)
      files["review-order.jsonl"] = result
        .usefulOrder!.map((id) => JSON.stringify({ response_id: rawIds.get(id) }))
        .join("\n");
    if (decisions) files["learning.json"] = JSON.stringify(result.learning, null, 2);
  } else {
    files["candidate-themes.json"] = JSON.stringify(
      { question: question.question_text, seed: run.seed, candidates: result.candidates },
      null,
      2,
    );
  }
  return files;
}
