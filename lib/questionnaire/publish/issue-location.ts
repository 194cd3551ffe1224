// Where a publish problem or Easy Read warning is, in the officer's words, and which builder field
// to open (issue #16, item 9). Checks report paths such as "sections[0].questions[0].optionMap.weekly";
// officers see "Page 1 ‘About you’, question 1 ‘How often…’, answer ‘Every week’" instead, linked
// to the field. The field ids are the builder's own (builder-fields.tsx idFor, link-editor.tsx).
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import { optionsOf } from "../easy-read/option-map";

export type TIssueLocation = {
  /** The page, question and answer in words; "" for the questionnaire as a whole. */
  where: string;
  /** The builder element to link to, without "#"; undefined when there is none. */
  fieldId?: string;
};

type Part = { name: string; index?: number };

/** "sections[0].questions[2].optionMap.weekly" → [{sections,0},{questions,2},{optionMap},{weekly}]. */
function partsOf(path: string): Part[] {
  return path
    .split(".")
    .filter(Boolean)
    .flatMap((segment) => {
      const [name, ...indexes] = segment.split("[");
      const numbers = indexes.map((i) => Number(i.replace("]", "")));
      return numbers.length === 0
        ? [{ name }]
        : [{ name, index: numbers[0] }, ...numbers.slice(1).map((index) => ({ name: "", index }))];
    });
}

const quoted = (text: string) => `‘${text.length > 60 ? `${text.slice(0, 57)}…` : text}’`;

const TOP_LEVEL: Record<string, string> = {
  title: "The questionnaire's title",
  intro: "The questionnaire's introduction",
  introBlocks: "The Easy Read introduction",
  sections: "The questionnaire",
  format: "The questionnaire's format",
  estimatedMinutes: "How long it takes",
};

const FIELD_WORDS: Record<string, string> = {
  title: "its wording",
  hint: "its hint",
  key: "its key",
  type: "its type",
  required: "whether it must be answered",
  image: "its picture",
  imageAlt: "its picture description",
  answersKey: "the standard question it answers",
  showIf: "its condition",
  maxChoices: "the most choices",
  maxChars: "the most characters",
  maxWords: "the most words",
  rankCount: "how many to rank",
  min: "the lowest value",
  max: "the highest value",
  body: "its text",
  intro: "its introduction",
  options: "its answers",
  statements: "its statements",
};

/** Builder ids of fields that have one; anything else links to the question's wording. */
const OWN_FIELDS = new Set(["title", "hint", "key", "maxChars", "maxWords", "min", "max", "body", "imageAlt"]);

function questionLocation(question: TQuestion, s: number, q: number, number: number, rest: Part[]): TIssueLocation {
  const base = `b-sections-${s}-questions-${q}`;
  const words = [`question ${number} ${quoted(question.title)}`];
  const [field, next] = rest;
  if (!field) return { where: words.join(", "), fieldId: `${base}-title` };
  if (field.name === "optionMap") {
    const options = optionsOf(question);
    const i = next ? options.findIndex((o) => o.key === next.name) : -1;
    if (i < 0) return { where: [...words, "the answers it counts as"].join(", "), fieldId: `b-link-${s}-${q}` };
    return { where: [...words, `answer ${quoted(options[i].label)}`].join(", "), fieldId: `b-link-${s}-${q}-o${i}` };
  }
  if ((field.name === "options" || field.name === "statements") && field.index !== undefined) {
    const list =
      field.name === "options" && "options" in question
        ? question.options
        : question.type === "likertGrid"
          ? question.statements
          : [];
    const item = list[field.index];
    const noun = field.name === "options" ? "answer" : "statement";
    const named = item ? `${noun} ${quoted(item.label)}` : `${noun} ${field.index + 1}`;
    const detail = next?.name === "key" ? ", its key" : next?.name === "image" ? ", its picture" : "";
    return {
      where: [...words, `${named}${detail}`].join(", "),
      fieldId: `${base}-${field.name}-${field.index}-${next?.name === "key" ? "key" : "label"}`,
    };
  }
  if (field.name === "type") return { where: [...words, FIELD_WORDS.type].join(", "), fieldId: `b-type-${s}-${q}` };
  if (field.name === "answersKey")
    return { where: [...words, FIELD_WORDS.answersKey].join(", "), fieldId: `b-link-${s}-${q}` };
  return {
    where: [...words, FIELD_WORDS[field.name] ?? `its setting ${quoted(field.name)}`].join(", "),
    fieldId: OWN_FIELDS.has(field.name) ? `${base}-${field.name}` : `${base}-title`,
  };
}

/** Where a path points, in words, with the builder field to link to. */
export function locateIssue(definition: TQuestionnaireDefinition, path: string | undefined): TIssueLocation {
  const parts = partsOf(path ?? "");
  const [first, second, third, ...rest] = parts;
  if (!first) return { where: "" };
  if (first.name === "introBlocks") {
    if (second === undefined && first.index === undefined)
      return { where: TOP_LEVEL.introBlocks, fieldId: "b-introBlocks" };
    const i = first.index ?? 0;
    const field = second?.name === "heading" ? "heading" : "text";
    return {
      where: `${TOP_LEVEL.introBlocks}, part ${i + 1}${second?.name === "picture" ? ", its picture" : ""}`,
      fieldId: `b-introBlocks-${i}-${field}`,
    };
  }
  if (first.name !== "sections" || first.index === undefined)
    return {
      where: TOP_LEVEL[first.name] ?? TOP_LEVEL.sections,
      fieldId: first.name === "title" || first.name === "intro" ? `b-${first.name}` : undefined,
    };
  const s = first.index;
  const section = definition.sections[s];
  if (!section) return { where: `Page ${s + 1}` };
  const page = `Page ${s + 1} ${quoted(section.title)}`;
  if (!second) return { where: page, fieldId: `b-page-${s}` };
  if (second.name !== "questions" || second.index === undefined) {
    const fieldId = ["title", "key", "intro"].includes(second.name) ? `b-sections-${s}-${second.name}` : `b-page-${s}`;
    const words =
      second.name === "title" ? "its title" : (FIELD_WORDS[second.name] ?? `its setting ${quoted(second.name)}`);
    return { where: `${page}, ${words}`, fieldId };
  }
  const q = second.index;
  const question = section.questions[q];
  if (!question) return { where: `${page}, question ${q + 1}`, fieldId: `b-page-${s}` };
  const number = definition.sections.slice(0, s).reduce((n, x) => n + x.questions.length, 0) + q + 1;
  const located = questionLocation(question, s, q, number, third ? [third, ...rest] : []);
  return { where: `${page}, ${located.where}`, fieldId: located.fieldId };
}
