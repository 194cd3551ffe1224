// Text and questions both Short Breaks consultations share. The two strategies were written
// to align (Cabinet report, C18 L1989–2013), and shared wording keeps the standard
// questionnaires comparable question by question.
import type { TQuestionnaireDefinitionInput } from "@/lib/questionnaire/definition/definition";

export type TSectionInput = TQuestionnaireDefinitionInput["sections"][number];
type QuestionInput = TSectionInput["questions"][number];
type OptionInput = { key: string; label: string; hint?: string; exclusive?: boolean; other?: boolean };

/** The council's public address as printed in the Cabinet pack; mailboxes and phones are examples. */
export const COUNTY_HALL = "County Hall, Walton Street, Aylesbury HP20 1UA";

/** Importance-4 plus "Don't know" (seeds-requirements §3 conventions). */
export const IMPORTANCE_OPTIONS: OptionInput[] = [
  { key: "very-important", label: "Very important" },
  { key: "fairly-important", label: "Fairly important" },
  { key: "not-very-important", label: "Not very important" },
  { key: "not-at-all-important", label: "Not at all important" },
  { key: "dont-know", label: "Don't know", exclusive: true },
];

/** A five-point agreement question with "Don't know" (the schema's default options). */
export function likert(key: string, title: string, topicCode?: string, hint?: string): QuestionInput {
  return { key, type: "likert", title, hint, topicCode };
}

/** A "why do you disagree?" follow-up, shown only to people who disagreed with `likertKey`. */
export function whyDisagree(
  key: string,
  likertKey: string,
  topicCode: string | undefined,
  title = "Why do you disagree?",
): QuestionInput {
  return {
    key,
    type: "longText",
    title,
    hint: "Tell us what you would change. Please do not include names or other details that could identify you or your family.",
    maxWords: 500,
    topicCode,
    showIf: {
      combinator: "and",
      conditions: [{ questionKey: likertKey, operator: "includes", values: ["disagree", "strongly-disagree"] }],
    },
  };
}

/** A general free-text comments box. */
export function comments(key: string, title: string, topicCode?: string, hint?: string): QuestionInput {
  return { key, type: "longText", title, hint, maxWords: 500, topicCode };
}

/**
 * The last standard question. It feeds Response.completedHow, so analysis can report supported
 * and proxy answers separately (seeds-requirements §3.2 helper page).
 */
export const HELP_COMPLETING: QuestionInput = {
  key: "help-completing",
  type: "singleChoice",
  title: "Did anyone help you fill this in?",
  options: [
    { key: "no", label: "No" },
    { key: "family", label: "Yes, a family member or friend" },
    { key: "support-worker", label: "Yes, a support worker or advocate" },
    { key: "someone-else", label: "Someone else answered for me" },
  ],
};

/** The equality question from the EIA duty (s149), as J2 in seeds-requirements §3.1. */
export function unfairImpactQuestions(strategy: string): QuestionInput[] {
  return [
    {
      key: "unfair-impact",
      type: "yesNo",
      title: `Do you think anything in the ${strategy} could affect some people unfairly?`,
      hint: "For example because of disability, age, sex, ethnicity, religion or belief, where they live, or income.",
    },
    {
      key: "unfair-impact-explain",
      type: "longText",
      title: "Who could be affected unfairly, and how?",
      maxWords: 500,
      showIf: {
        combinator: "and",
        conditions: [{ questionKey: "unfair-impact", operator: "equals", values: ["yes"] }],
      },
    },
  ];
}

export function privacyNotice(purpose: string, sharedWith: string): string {
  return [
    "The council is the Data Controller for the information you give in this consultation. We use it to understand people's views on " +
      `${purpose}, and to report those views to the councillors who make the decision. Our lawful basis is our public task.`,
    "You do not have to give your name. The questions about you are optional, and equality monitoring questions are kept separately from your answers. " +
      "Please do not put names or other identifying details in your comments.",
    `We share answers, without your contact details, with ${sharedWith}, who are working on the strategy with us. ` +
      "Reports show totals and anonymised quotes only. If you respond for an organisation, we may name the organisation.",
    "We keep responses for 2 years after the final decision, then delete them. Any contact details you give us to hear about the results are kept apart from your answers and used only for that.",
    "If something you tell us makes us worried about someone's safety, we may need to share it with the right service to keep them safe.",
    "You can ask to see, correct or delete the information we hold about you. Contact the Data Protection Officer at dataprotection@council.example.",
  ].join("\n\n");
}

export function helpToTakePart(phone: string, email: string, advocates: string): string {
  return [
    `If you need extra help to take part, please contact us as early as possible on ${phone} or at ${email}, so that we can put the right support in place.`,
    "We can provide:",
    "- an Easy Read version of the strategy and the questionnaire",
    "- paper copies with a freepost envelope, and large print",
    "- the questions read to you over the phone, with your answers written down for you",
    "- a British Sign Language (BSL) interpreter or a community language interpreter, at a session or on a call",
    "- translated summaries of the strategy",
    `- help from an advocate or a supporter: ${advocates}`,
    "- reasonable adjustments at our sessions, such as a step-free venue, a quiet room, a hearing loop or help with travel",
  ].join("\n");
}

/** Compact option lists: ["key", "Label"] pairs, with flags for "None of these" and "Other". */
export function options(...pairs: ([string, string] | [string, string, "exclusive" | "other"])[]): OptionInput[] {
  return pairs.map(([key, label, flag]) => ({
    key,
    label,
    ...(flag === "exclusive" ? { exclusive: true } : {}),
    ...(flag === "other" ? { other: true } : {}),
  }));
}

/** Show a question only when `questionKey` has any of `values`. */
export function whenAny(questionKey: string, values: string[]) {
  return { combinator: "and" as const, conditions: [{ questionKey, operator: "includes" as const, values }] };
}
