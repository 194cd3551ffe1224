// New questions for the builder: a fresh, unused key and the settings each type needs, so a
// question is valid the moment it is added and the officer only fills in the wording.
import {
  LIKERT_OPTIONS,
  RESPONDENT_TYPE_OPTIONS,
  type TOption,
  type TQuestion,
  type TQuestionType,
  type TQuestionnaireDefinition,
  type TSection,
} from "@/lib/questionnaire/definition/definition";

import { keysIn, uniqueKey } from "@/lib/questionnaire/definition/keys";

export { keysIn, uniqueKey };

const twoOptions = () => [
  { key: "option-1", label: "Option 1" },
  { key: "option-2", label: "Option 2" },
];

/** A question of `type`, keeping the wording of `from` when the officer changes a type. */
export function blankQuestion(type: TQuestionType, key: string, from?: Partial<TQuestion>): TQuestion {
  const base = {
    key,
    title: from?.title || "New question",
    hint: from?.hint,
    required: from?.required ?? false,
    topicCode: from?.topicCode,
    showIf: from?.showIf,
  };
  const kept = from && "options" in from && from.options && from.options.length >= 2 ? from.options : undefined;
  switch (type) {
    case "shortText":
      return { ...base, type, maxChars: 200 };
    case "longText":
      return { ...base, type };
    case "singleChoice":
    case "multipleChoice":
    case "ranking":
      return { ...base, type, options: kept ?? twoOptions() };
    case "likert":
      return { ...base, type, options: [...LIKERT_OPTIONS] };
    case "likertGrid":
      return {
        ...base,
        type,
        options: [...LIKERT_OPTIONS],
        statements: [{ key: "statement-1", label: "Statement 1" }],
      };
    case "rating":
      return { ...base, type, min: 1, max: 5 };
    case "number":
      return { ...base, type, integer: true };
    case "date":
      return { ...base, type, allowedDates: "pastOrToday" };
    case "postcode":
      return { ...base, type, storeFull: false };
    case "respondentType":
      return { ...base, type, options: [...RESPONDENT_TYPE_OPTIONS] };
    case "info":
      return { ...base, type, required: false, body: "" };
    case "yesNo":
    case "email":
      return { ...base, type };
  }
}

export const blankSection = (key: string): TSection => ({ key, title: "New page", questions: [] });

/** A copy with fresh keys, for "Duplicate". Conditions pointing at it are not copied over. */
export function duplicateQuestion(question: TQuestion, taken: ReadonlySet<string>): TQuestion {
  return {
    ...structuredClone(question),
    key: uniqueKey(`${question.key}-copy`, taken),
    title: `${question.title} (copy)`,
  };
}

export function duplicateSection(section: TSection, taken: Set<string>): TSection {
  const key = uniqueKey(`${section.key}-copy`, taken);
  taken.add(key);
  const questions = section.questions.map((q) => {
    const copy = duplicateQuestion(q, taken);
    taken.add(copy.key);
    return copy;
  });
  return { ...structuredClone(section), key, title: `${section.title} (copy)`, questions };
}

/** Question types whose options show the "on its own" and "Other" checkboxes in the builder. */
export const FLAGGED_OPTION_TYPES: ReadonlySet<TQuestionType> = new Set([
  "singleChoice",
  "multipleChoice",
  "respondentType",
]);

const mapFlaggedOptions = (
  definition: TQuestionnaireDefinition,
  map: (option: TOption) => TOption,
): TQuestionnaireDefinition => ({
  ...definition,
  sections: definition.sections.map((section) => ({
    ...section,
    questions: section.questions.map((q) =>
      FLAGGED_OPTION_TYPES.has(q.type) && "options" in q ? ({ ...q, options: q.options.map(map) } as TQuestion) : q,
    ),
  })),
});

/** For saving: unticked flags are left out, as in hand-written and published definitions. */
export function withoutFalseFlags(definition: TQuestionnaireDefinition): TQuestionnaireDefinition {
  return mapFlaggedOptions(definition, ({ exclusive, other, ...rest }) => ({
    ...rest,
    ...(exclusive && { exclusive }),
    ...(other && { other }),
  }));
}

/**
 * The definition as text, for telling whether the form differs from what was last saved: keys
 * sorted, and absent, undefined and unticked-flag values all the same. react-hook-form's own
 * isDirty cannot be used, because registering an optional field (a hint, a number's limits, an
 * option's checkboxes) adds an explicit undefined or false, so a form just loaded or just saved
 * counted as changed and the unsaved-changes guard stopped every link on the page.
 */
export function canonicalJson(definition: TQuestionnaireDefinition): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(sorted(withoutFalseFlags(definition)));
}
