// The respondent types ("Responding as") a consultation's responses can carry. They belong to the
// questionnaire: each published standard version's respondent type question lists its own, so
// the dashboard, the filters and the exports read them from the versions (issue #16, item 2).
import type { TQuestionnaireDefinition } from "./definition";

export type TRespondentType = { key: string; label: string; organisation?: boolean; other?: boolean };

/**
 * Every respondent type of the given versions, newest first: the newest version's options in
 * its order and wording, then keys only older versions offered, so responses given to an older
 * version still have their label. Empty when no version asks who people respond as.
 */
export function respondentTypeOptions(definitionsNewestFirst: readonly TQuestionnaireDefinition[]): TRespondentType[] {
  const byKey = new Map<string, TRespondentType>();
  for (const definition of definitionsNewestFirst) {
    for (const question of definition.sections.flatMap((s) => s.questions)) {
      if (question.type !== "respondentType") continue;
      for (const { key, label, organisation, other } of question.options) {
        if (!byKey.has(key))
          byKey.set(key, { key, label, ...(organisation && { organisation }), ...(other && { other }) });
      }
    }
  }
  return [...byKey.values()];
}

/** Key → label, for tables and charts; an unknown key shows as itself. */
export const respondentTypeLabels = (
  definitionsNewestFirst: readonly TQuestionnaireDefinition[],
): Record<string, string> =>
  Object.fromEntries(respondentTypeOptions(definitionsNewestFirst).map((o) => [o.key, o.label]));
