// The Easy Read checker for the questionnaire builder (issue #7, point 4). It applies the rules
// the Easy Read guides agree on (anchors-easyread-a11y.md §1): sentences of 15 words or fewer,
// no jargon, short everyday words, a picture with every question and answer, bold (never
// italics, underlining or capitals) for emphasis, numbers as digits and one question per page.
// Like the readability help it is advice: publishing with warnings is allowed, and the warnings
// are kept with the version so reviewers can see what was accepted.
import type { TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { DEFAULT_JARGON, readabilityReport, wordsIn } from "./readability";

export type TEasyReadRule =
  | "longSentence"
  | "jargon"
  | "longWord"
  | "missingPicture"
  | "formatting"
  | "capitals"
  | "numberWord"
  | "questionsPerPage"
  | "missingIntroduction";
export type TEasyReadWarning = { rule: TEasyReadRule; message: string; excerpt?: string; path?: string };

export const EASY_READ_MAX_SENTENCE_WORDS = 15;
/** Words this long are usually hard to read; those in PLAIN_WORDS are everyday words. */
export const LONG_WORD_LETTERS = 10;

/** Long words children and adults with learning disabilities generally know. */
export const PLAIN_WORDS = new Set([
  "afternoon",
  "afterwards",
  "everybody",
  "everything",
  "everywhere",
  "grandparents",
  "playground",
  "somewhere",
  "sometimes",
  "something",
  "wheelchair",
  "basketball",
  "volunteering",
  "information",
  "understand",
  "understood",
  "important",
  "confident",
  "activities",
  "interesting",
  "birthday",
  "christmas",
  "classroom",
  "newspaper",
  "television",
  "photograph",
  "photographs",
  "girlfriend",
  "boyfriend",
  "themselves",
  "yourself",
  "yourselves",
  "questions",
  "swimming",
  "independent",
]);

const NUMBER_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "thousand",
  "million",
];
// "one" is a number only when no other word makes it a pronoun ("no one", "the one I like").
const NUMBER_WORD = new RegExp(
  `(?<![\\w-])(?:(?<!\\b(?:no|any|some|every|the|this|that|each)\\s)one|${NUMBER_WORDS.join("|")})(?![\\w-])`,
  "i",
);
const CAPITALS_OK = new Set(["I", "OK", "TV"]);
const FORMATTING: ReadonlyArray<[RegExp, string]> = [
  [
    /<(i|em)\b|(?<![*\w])\*(?!\*)[^*\n]+\*(?!\*)|(?<![_\w])_(?!_)[^_\n]+_(?!_)/i,
    "Do not use italics. Use bold for key words",
  ],
  [/<u\b|__[^_\n]+__/i, "Do not underline words. Use bold for key words"],
];

/** Warnings for one piece of text: a question, hint, answer or page. */
export function checkEasyReadText(text: string): TEasyReadWarning[] {
  const report = readabilityReport(text, { maxSentenceWords: EASY_READ_MAX_SENTENCE_WORDS, jargon: DEFAULT_JARGON });
  const warnings: TEasyReadWarning[] = report.warnings
    .filter((w) => w.kind !== "acronym")
    .map((w) =>
      w.kind === "longSentence"
        ? {
            rule: "longSentence" as const,
            message: `${w.message.split(".")[0]}. Easy Read sentences have ${EASY_READ_MAX_SENTENCE_WORDS} words or fewer.`,
            excerpt: w.excerpt,
          }
        : { rule: "jargon" as const, message: w.message, excerpt: w.excerpt },
    );
  const jargonFound = new Set(warnings.filter((w) => w.rule === "jargon").map((w) => w.excerpt?.toLowerCase()));
  const seen = new Set<string>();
  for (const word of wordsIn(text.replace(/[*_]/g, " "))) {
    const bare = word.replace(/['’]s$/, "");
    const key = bare.toLowerCase();
    if (seen.has(key) || jargonFound.has(key)) continue;
    seen.add(key);
    if (bare.length >= 2 && /^[A-Z][A-Z-]+$/.test(bare) && !CAPITALS_OK.has(bare)) {
      warnings.push({
        rule: "capitals",
        message: `Do not write '${bare}' in capitals. Write words in full with small letters`,
        excerpt: bare,
      });
    } else if (/^[a-z-]+$/i.test(bare) && bare.replace(/-/g, "").length >= LONG_WORD_LETTERS && !PLAIN_WORDS.has(key)) {
      warnings.push({
        rule: "longWord",
        message: `'${bare}' is a long word. Use a shorter, everyday word if you can`,
        excerpt: bare,
      });
    }
  }
  const number = NUMBER_WORD.exec(text);
  if (number)
    warnings.push({
      rule: "numberWord",
      message: `Write numbers as digits, like 2 or 15, not '${number[0]}'`,
      excerpt: number[0],
    });
  for (const [pattern, message] of FORMATTING) {
    const match = pattern.exec(text);
    if (match) warnings.push({ rule: "formatting", message, excerpt: match[0] });
  }
  return warnings;
}

function textsOf(question: TQuestion): [string, string][] {
  const texts: [string, string][] = [["title", question.title]];
  if (question.hint) texts.push(["hint", question.hint]);
  if (question.type === "info" && question.body) texts.push(["body", question.body]);
  if ("options" in question) question.options.forEach((o, i) => texts.push([`options[${i}].label`, o.label]));
  return texts;
}

/** Missing-picture warnings of one question and its answers; the builder shows each at its picker. */
export function pictureWarnings(question: TQuestion, at: string): TEasyReadWarning[] {
  const warnings: TEasyReadWarning[] = [];
  if (!question.image)
    warnings.push({ rule: "missingPicture", path: `${at}.image`, message: "Add a picture next to this question" });
  if ("options" in question) {
    question.options.forEach((o, i) => {
      if (!o.image)
        warnings.push({
          rule: "missingPicture",
          path: `${at}.options[${i}].image`,
          message: `Add a picture for the answer '${o.label}'`,
        });
    });
  }
  return warnings;
}

/** The start page's introduction (issue #16): missing, or a block without a picture, plus its words' warnings. */
function introductionWarnings(
  definition: TQuestionnaireDefinition,
  textWarnings: (text: string, path: string) => TEasyReadWarning[],
): TEasyReadWarning[] {
  const blocks = definition.introBlocks ?? [];
  if (blocks.length === 0) {
    return [
      {
        rule: "missingIntroduction",
        path: "introBlocks",
        message:
          "Write the Easy Read introduction for the start page: say what the consultation is about, with pictures",
      },
    ];
  }
  return blocks.flatMap((block, i) => [
    ...(block.heading ? textWarnings(block.heading, `introBlocks[${i}].heading`) : []),
    ...textWarnings(block.text, `introBlocks[${i}].text`),
    ...(block.picture
      ? []
      : [
          {
            rule: "missingPicture" as const,
            path: `introBlocks[${i}].picture`,
            message: "Add a picture next to this part of the introduction",
          },
        ]),
  ]);
}

/** Every warning in an Easy Read definition, each with the path of the text it is about. */
export function checkEasyReadDefinition(definition: TQuestionnaireDefinition): TEasyReadWarning[] {
  const warnings: TEasyReadWarning[] = [];
  const textWarnings = (text: string, path: string) => checkEasyReadText(text).map((w) => ({ ...w, path }));
  warnings.push(...textWarnings(definition.title, "title"));
  if (definition.intro) warnings.push(...textWarnings(definition.intro, "intro"));
  warnings.push(...introductionWarnings(definition, textWarnings));
  definition.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    warnings.push(...textWarnings(section.title, `${at}.title`));
    if (section.intro) warnings.push(...textWarnings(section.intro, `${at}.intro`));
    const asked = section.questions.filter((q) => q.type !== "info").length;
    if (asked > 1)
      warnings.push({
        rule: "questionsPerPage",
        path: at,
        message: `This page asks ${asked} questions. Easy Read pages ask 1 question each`,
      });
    section.questions.forEach((question, q) => {
      const qat = `${at}.questions[${q}]`;
      for (const [field, text] of textsOf(question)) warnings.push(...textWarnings(text, `${qat}.${field}`));
      warnings.push(...pictureWarnings(question, qat));
    });
  });
  return warnings;
}
