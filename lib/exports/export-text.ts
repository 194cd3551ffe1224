// The text an export shows for one free-text answer. Redacted by default: the copy the themes
// run stored, or, for answers no run has covered yet, the same redaction applied now, so no
// email address or phone number can leave in a default export.
import { redact } from "@/lib/analysis/text/redaction";
import type { TExportAnswer, TExportResponse, TTextMode } from "./export-types";

export function exportText(
  answer: TExportAnswer | undefined,
  response: TExportResponse,
  mode: TTextMode,
): string | null {
  if (!answer || answer.text === null || answer.text === "") return answer?.text ?? null;
  if (mode.originalText) return answer.text;
  if (answer.redactedText !== null) return answer.redactedText;
  return redact(answer.text, { respondentName: response.respondentName ?? undefined }).text;
}
