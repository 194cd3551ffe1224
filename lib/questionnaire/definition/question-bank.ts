// The council's question bank (issue #16, item 3): standard wordings any questionnaire can use,
// plus questions officers saved from their own questionnaires (SavedQuestion). A question in the
// bank carries no links to one consultation (topics, conditions, Easy Read links), so it fits
// any questionnaire; adding one gives it a key no page or question there uses yet.
import { HELP_COMPLETING } from "@/lib/respond/journey";
import { type TQuestion, type TQuestionnaireDefinition, ZQuestion } from "./definition";
import { keysIn, uniqueKey } from "./keys";

export type TBankQuestion = { id: string; source: "standard" | "saved"; question: TQuestion };

/** Ids of the standard questions start with this; saved ones are database ids. */
export const STANDARD_PREFIX = "standard-";

const standard = (question: unknown): TBankQuestion => {
  const parsed = ZQuestion.parse(question);
  return { id: `${STANDARD_PREFIX}${parsed.key}`, source: "standard", question: parsed };
};

export const STANDARD_QUESTIONS: readonly TBankQuestion[] = [
  // The general "Responding as" list; officers change it to suit each consultation.
  standard({
    key: "respondent-type",
    type: "respondentType",
    title: "Which of these best describes you?",
    required: true,
  }),
  standard(HELP_COMPLETING),
  standard({
    key: "postcode",
    type: "postcode",
    title: "What is the first part of your postcode?",
    hint: "For example, SW1A. We only keep the first part, to see which areas responses come from.",
  }),
  standard({ key: "anything-else", type: "longText", title: "Is there anything else you would like to tell us?" }),
];

/** What a question keeps in the bank: its wording and answers, not what ties it to one consultation. */
export function forBank(question: TQuestion): TQuestion {
  const { answersKey: _a, optionMap: _m, showIf: _s, topicCode: _t, ...rest } = question;
  if (rest.type === "likertGrid")
    return { ...rest, statements: rest.statements.map(({ topicCode: _st, ...statement }) => statement) };
  return rest as TQuestion;
}

export type TAddResult =
  { ok: true; definition: TQuestionnaireDefinition; key: string } | { ok: false; message: string };

/** The definition with the bank question added at the end of the page `sectionKey`. */
export function addBankQuestion(
  definition: TQuestionnaireDefinition,
  sectionKey: string,
  question: TQuestion,
): TAddResult {
  const s = definition.sections.findIndex((section) => section.key === sectionKey);
  if (s < 0) return { ok: false, message: "Choose a page of this questionnaire" };
  const all = definition.sections.flatMap((section) => section.questions);
  if (question.type === "respondentType" && all.some((q) => q.type === "respondentType")) {
    return { ok: false, message: "This questionnaire already asks who people are responding as. Ask it only once" };
  }
  if (question.type === "email" && all.some((q) => q.type === "email"))
    return { ok: false, message: "This questionnaire already asks for an email address. Ask for it only once" };
  const key = uniqueKey(question.key, keysIn(definition));
  const added = { ...forBank(structuredClone(question)), key };
  const sections = definition.sections.map((section, i) =>
    i === s ? { ...section, questions: [...section.questions, added] } : section,
  );
  return { ok: true, definition: { ...definition, sections }, key };
}
