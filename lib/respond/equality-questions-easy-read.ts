// The equality monitoring questions in Easy Read (issue #7): the standard questions' keys and
// option keys, so both formats fill the same EqualityMonitoring answers and the equality
// profile counts them together, with Easy Read words, a picture per question, one question
// per page and "I do not want to say" in place of "Prefer not to say". Derived from the
// standard sections rather than written out again, so a question or option added there
// cannot be missed here: easyReadEqualitySections throws when a wording is missing.
import type { TSection } from "@/lib/questionnaire/definition/definition";
import { pictureSrc } from "@/lib/questionnaire/easy-read/pictures";
import { EQUALITY_CONSENT_KEY } from "./equality-questions";

type TWording = {
  title: string;
  hint?: string;
  /** An OpenMoji hex from lib/questionnaire/easy-read/pictures.ts. */
  picture: string;
  /** Easy Read words for every option key of the standard question. */
  options: Record<string, string>;
};

const NOT_SAY = { "prefer-not-to-say": "I do not want to say" };
const ABOUT_CHILD_INTRO = "Answer this if you are telling us about a child you look after.";
const CONSENT_INTRO =
  "These questions help us check that our plans are fair to everyone. Only a few staff can see your answers.";

export const EASY_READ_EQUALITY_WORDING: Readonly<Record<string, TWording>> = {
  [EQUALITY_CONSENT_KEY]: {
    title: "Do you want to answer some questions about you?",
    hint: "You do not have to. Your answers will not change how we use your other answers.",
    picture: "1F64B",
    options: { yes: "Yes. I will answer them", no: "No. Skip these questions" },
  },
  "equality-age": {
    title: "How old are you?",
    picture: "1F382",
    options: {
      "under-18": "Under 18",
      "age-18-24": "18 to 24",
      "age-25-34": "25 to 34",
      "age-35-44": "35 to 44",
      "age-45-54": "45 to 54",
      "age-55-64": "55 to 64",
      "age-65-74": "65 to 74",
      "age-75-plus": "75 or older",
      ...NOT_SAY,
    },
  },
  "equality-sex": {
    title: "What is your sex?",
    picture: "1F46B",
    options: { female: "Female", male: "Male", ...NOT_SAY },
  },
  "equality-gender-identity": {
    title: "Is your gender the same as the sex you were given at birth?",
    picture: "1F9D1",
    options: { yes: "Yes", no: "No", ...NOT_SAY },
  },
  "equality-ethnicity": {
    title: "What is your ethnic group?",
    hint: "This means where you or your family come from.",
    picture: "1F30D",
    options: {
      asian: "Asian or Asian British",
      black: "Black, Black British, Caribbean or African",
      mixed: "Mixed or more than 1 ethnic group",
      white: "White",
      other: "Another ethnic group",
      ...NOT_SAY,
    },
  },
  "equality-disability": {
    title: "Do you have a disability or a long-term health condition?",
    hint: "Long-term means it has lasted 12 months or more. Or it will last that long.",
    picture: "1F9D1-200D-1F9BD",
    options: {
      "yes-a-lot": "Yes. It makes everyday things a lot harder",
      "yes-a-little": "Yes. It makes everyday things a little harder",
      "yes-not-at-all": "Yes. It does not make everyday things harder",
      no: "No",
      ...NOT_SAY,
    },
  },
  "equality-religion": {
    title: "What is your religion?",
    picture: "1F6D0",
    options: {
      none: "No religion",
      christian: "Christian",
      buddhist: "Buddhist",
      hindu: "Hindu",
      jewish: "Jewish",
      muslim: "Muslim",
      sikh: "Sikh",
      other: "Another religion",
      ...NOT_SAY,
    },
  },
  "equality-sexual-orientation": {
    title: "What is your sexual orientation?",
    hint: "This means who you are attracted to.",
    picture: "2764",
    options: {
      straight: "Straight or heterosexual",
      "gay-lesbian": "Gay or lesbian",
      bisexual: "Bisexual",
      other: "Something else",
      ...NOT_SAY,
    },
  },
  "equality-carer": {
    title: "Do you look after someone who is ill, disabled or older?",
    hint: "Do not count your paid work.",
    picture: "1FAC2",
    options: {
      no: "No",
      "yes-up-to-19": "Yes. Up to 19 hours a week",
      "yes-20-to-49": "Yes. 20 to 49 hours a week",
      "yes-50-plus": "Yes. 50 hours a week or more",
      ...NOT_SAY,
    },
  },
  "equality-child-age": {
    title: "How old is the child or young person?",
    hint: "If you look after more than 1 child, tell us about 1 of them.",
    picture: "1F9D2",
    options: {
      "age-0-4": "0 to 4",
      "age-5-10": "5 to 10",
      "age-11-13": "11 to 13",
      "age-14-17": "14 to 17",
      "age-18-25": "18 to 25",
      ...NOT_SAY,
    },
  },
  "equality-child-needs": {
    title: "What does the child or young person need help with?",
    hint: "You can choose more than 1 answer.",
    picture: "1F9E0",
    options: {
      autism: "Autism",
      "learning-disability": "Learning disability",
      "physical-disability": "Physical disability",
      sensory: "Hearing or seeing",
      communication: "Talking and listening",
      "mental-health": "Feelings and mental health",
      "complex-health": "Health needs that need a lot of care",
      other: "Something else",
      ...NOT_SAY,
    },
  },
};

/**
 * The standard equality sections as Easy Read pages: one page per question, keyed by the
 * question key, keeping each section's condition (so saying "No" to the first question still
 * skips them all). Throws when a question or option has no Easy Read words.
 */
export function easyReadEqualitySections(standard: readonly TSection[]): TSection[] {
  return standard.flatMap((section) =>
    section.questions.map((question): TSection => {
      const wording = EASY_READ_EQUALITY_WORDING[question.key];
      if (!wording) throw new Error(`No Easy Read wording for the equality question "${question.key}"`);
      const options = "options" in question ? question.options : [];
      const missing = options.find((o) => !(o.key in wording.options));
      if (missing) throw new Error(`No Easy Read wording for option "${missing.key}" of "${question.key}"`);
      const easyQuestion = {
        ...question,
        title: wording.title,
        hint: wording.hint,
        image: pictureSrc(wording.picture),
        ...("options" in question
          ? { options: question.options.map((o) => ({ ...o, label: wording.options[o.key] })) }
          : {}),
      } as typeof question;
      return {
        key: question.key,
        title: wording.title,
        intro:
          question.key === EQUALITY_CONSENT_KEY
            ? CONSENT_INTRO
            : question.key.startsWith("equality-child-")
              ? ABOUT_CHILD_INTRO
              : undefined,
        showIf: section.showIf,
        questions: [easyQuestion],
      };
    }),
  );
}
