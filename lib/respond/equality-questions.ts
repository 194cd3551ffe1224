// Equality monitoring questions (issue #6, item 6): what the equality impact assessments ask
// for, as ordinary questionnaire sections, so the same renderer, validation and conditions
// serve them. They are asked last and can be skipped as a whole; every question offers
// "Prefer not to say". Answers are stored in EqualityMonitoring, never as Answer rows
// (lib/respond/journey.ts splits them), and never appear in ordinary response views.
// Categories follow the Census 2021 harmonised standards in their broad form: detailed enough
// for a public sector equality duty assessment, coarse enough that small groups stay unidentifiable.
import type { z } from "zod";
import { type TOption, type TSection, type ZQuestion, ZSection } from "@/lib/questionnaire/definition/definition";

type TQuestionInput = z.input<typeof ZQuestion>;

/** Every equality question and section key starts with this, so they can never collide with a questionnaire's. */
export const EQUALITY_PREFIX = "equality-";
export const EQUALITY_CONSENT_KEY = "equality-consent";

const PREFER_NOT = { key: "prefer-not-to-say", label: "Prefer not to say" } as const;

function choices(...pairs: [string, string, "other"?][]): TOption[] {
  return [
    ...pairs.map(([key, label, flag]) => ({ key, label, ...(flag === "other" ? { other: true } : {}) })),
    PREFER_NOT,
  ];
}

const WHEN_AGREED = {
  combinator: "and" as const,
  conditions: [{ questionKey: EQUALITY_CONSENT_KEY, operator: "equals" as const, values: ["yes"] }],
};

const INTRO: TQuestionInput[] = [
  {
    key: EQUALITY_CONSENT_KEY,
    type: "singleChoice",
    title: "Do you want to answer some questions about yourself?",
    hint: "You do not have to. Your answers will not change how your response is used.",
    options: [
      { key: "yes", label: "Yes, I will answer them" },
      { key: "no", label: "No, skip these questions" },
    ],
  },
];

const ABOUT_YOU: TQuestionInput[] = [
  {
    key: "equality-age",
    type: "singleChoice",
    title: "What is your age?",
    options: choices(
      ["under-18", "Under 18"],
      ["age-18-24", "18 to 24"],
      ["age-25-34", "25 to 34"],
      ["age-35-44", "35 to 44"],
      ["age-45-54", "45 to 54"],
      ["age-55-64", "55 to 64"],
      ["age-65-74", "65 to 74"],
      ["age-75-plus", "75 or over"],
    ),
  },
  {
    key: "equality-sex",
    type: "singleChoice",
    title: "What is your sex?",
    options: choices(["female", "Female"], ["male", "Male"]),
  },
  {
    key: "equality-gender-identity",
    type: "singleChoice",
    title: "Is the gender you identify with the same as your sex registered at birth?",
    options: choices(["yes", "Yes"], ["no", "No"]),
  },
  {
    key: "equality-ethnicity",
    type: "singleChoice",
    title: "What is your ethnic group?",
    options: choices(
      ["asian", "Asian or Asian British"],
      ["black", "Black, Black British, Caribbean or African"],
      ["mixed", "Mixed or multiple ethnic groups"],
      ["white", "White"],
      ["other", "Another ethnic group", "other"],
    ),
  },
  {
    key: "equality-disability",
    type: "singleChoice",
    title:
      "Do you have a physical or mental health condition or illness that has lasted, or is expected to last, 12 months or more?",
    options: choices(
      ["yes-a-lot", "Yes, and it reduces my ability to carry out day-to-day activities a lot"],
      ["yes-a-little", "Yes, and it reduces my ability a little"],
      ["yes-not-at-all", "Yes, but it does not reduce my ability"],
      ["no", "No"],
    ),
  },
  {
    key: "equality-religion",
    type: "singleChoice",
    title: "What is your religion?",
    options: choices(
      ["none", "No religion"],
      ["christian", "Christian"],
      ["buddhist", "Buddhist"],
      ["hindu", "Hindu"],
      ["jewish", "Jewish"],
      ["muslim", "Muslim"],
      ["sikh", "Sikh"],
      ["other", "Another religion", "other"],
    ),
  },
  {
    key: "equality-sexual-orientation",
    type: "singleChoice",
    title: "Which of these best describes your sexual orientation?",
    options: choices(
      ["straight", "Straight or heterosexual"],
      ["gay-lesbian", "Gay or lesbian"],
      ["bisexual", "Bisexual"],
      ["other", "Another sexual orientation", "other"],
    ),
  },
  {
    key: "equality-carer",
    type: "singleChoice",
    title:
      "Do you look after, or give help or support to, anyone because of a long-term condition, illness or disability, or problems related to old age?",
    hint: "Do not count anything you do as part of your paid work.",
    options: choices(
      ["no", "No"],
      ["yes-up-to-19", "Yes, up to 19 hours a week"],
      ["yes-20-to-49", "Yes, 20 to 49 hours a week"],
      ["yes-50-plus", "Yes, 50 or more hours a week"],
    ),
  },
];

const ABOUT_CHILD: TQuestionInput[] = [
  {
    key: "equality-child-age",
    type: "singleChoice",
    title: "How old is the child or young person?",
    hint: "If you care for more than one, answer about the one this response is mostly about.",
    options: choices(
      ["age-0-4", "0 to 4"],
      ["age-5-10", "5 to 10"],
      ["age-11-13", "11 to 13"],
      ["age-14-17", "14 to 17"],
      ["age-18-25", "18 to 25"],
    ),
  },
  {
    key: "equality-child-needs",
    type: "multipleChoice",
    title: "What are the child or young person's main needs?",
    hint: "Choose all that apply.",
    options: [
      { key: "autism", label: "Autism" },
      { key: "learning-disability", label: "Learning disability" },
      { key: "physical-disability", label: "Physical disability" },
      { key: "sensory", label: "Hearing or sight impairment" },
      { key: "communication", label: "Speech, language and communication needs" },
      { key: "mental-health", label: "Social, emotional and mental health needs" },
      { key: "complex-health", label: "Complex health needs" },
      { key: "other", label: "Something else", other: true },
      { ...PREFER_NOT, exclusive: true },
    ],
  },
];

/**
 * The equality sections to append to a questionnaire. `aboutChild` adds the child's age band
 * and needs, for consultations with children, young people or their parents as an audience.
 */
export function equalitySections({ aboutChild }: { aboutChild: boolean }): TSection[] {
  const sections = [
    {
      key: "equality-monitoring",
      title: "Equality monitoring",
      intro:
        "These questions help us check that our plans are fair to everyone. They are optional. " +
        "We keep your answers apart from the rest of your response, only a few staff can see them, " +
        "and we only ever report them as totals.",
      questions: INTRO,
    },
    { key: "equality-about-you", title: "About you", showIf: WHEN_AGREED, questions: ABOUT_YOU },
    ...(aboutChild
      ? [
          {
            key: "equality-about-the-child",
            title: "About the child or young person",
            intro:
              "Answer these if you are responding about a child or young person you care for. Otherwise, continue without answering.",
            showIf: WHEN_AGREED,
            questions: ABOUT_CHILD,
          },
        ]
      : []),
  ];
  return sections.map((section) => ZSection.parse(section));
}
