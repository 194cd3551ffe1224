// Questionnaires as JSON files, so a council can share a questionnaire with another or keep
// one outside the system (issue #5). The file is the definition itself plus a `$schema`
// marker naming the format version, so error paths in an import match the definition's own
// paths ("sections[0].questions[2].options").
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "./definition";
import { type TDefinitionIssue, plainZodMessage, toDefinitionIssues } from "../publish/issue-path";
import { validateForPublish } from "../publish/publish-checks";

/** Bump when the file format changes in a way older readers cannot follow. */
export const QUESTIONNAIRE_FILE_SCHEMA = "urn:have-your-say:questionnaire:v1";

export function exportQuestionnaire(definition: TQuestionnaireDefinition): string {
  return `${JSON.stringify({ $schema: QUESTIONNAIRE_FILE_SCHEMA, ...definition }, null, 2)}\n`;
}

export type TImportResult =
  { ok: true; definition: TQuestionnaireDefinition } | { ok: false; errors: TDefinitionIssue[] };

export type TImportOptions = {
  /**
   * Also apply the publish checks (unique keys, conditions that look back…). On by default so
   * a file cannot bring in a questionnaire the builder would then fail to publish; turn off to
   * import an unfinished draft.
   */
  strict?: boolean;
};

/** "Unexpected token } in JSON at position 120" → where that is, as a person would look. */
function describeJsonError(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `The file is not valid JSON: ${message}`;
  const before = json.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `The file is not valid JSON: there is a problem at line ${line}, column ${column}`;
}

export function importQuestionnaire(json: string, options: TImportOptions = {}): TImportResult {
  const { strict = true } = options;
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: "", message: json.trim() === "" ? "The file is empty" : describeJsonError(json, error) }],
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, errors: [{ path: "", message: "The file must contain one questionnaire, as a JSON object" }] };
  }
  const { $schema, ...definition } = data as Record<string, unknown>;
  // A file without the marker is accepted (hand-written files), one from another format is not.
  if ($schema !== undefined && $schema !== QUESTIONNAIRE_FILE_SCHEMA) {
    return {
      ok: false,
      errors: [
        {
          path: "$schema",
          message: `This file is in a format we cannot read (${String($schema)}). Export it again as ${QUESTIONNAIRE_FILE_SCHEMA}`,
        },
      ],
    };
  }
  const parsed = ZQuestionnaireDefinition.safeParse(definition, { error: plainZodMessage });
  if (!parsed.success) return { ok: false, errors: toDefinitionIssues(parsed.error) };
  if (strict) {
    const errors = validateForPublish(parsed.data);
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, definition: parsed.data };
}
