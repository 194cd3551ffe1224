// Keys that must be unique across a questionnaire's pages and questions: the builder's new and
// duplicated questions, and questions added from the question bank, take the first free one.
import type { TQuestionnaireDefinition } from "./definition";

/** `base-2`, `base-3`… the first key not in `taken`. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function keysIn(definition: Pick<TQuestionnaireDefinition, "sections">): Set<string> {
  return new Set(definition.sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]));
}
