// The children's Easy Read questionnaire (seeds-requirements §3.2), linked to the standard one
// (./questionnaire.ts, issue #7): one question per page, a picture with every question and
// answer, "Not sure" on every choice. Questions that ask what the standard questionnaire asks
// carry `answersKey` and an option map, so their answers count in the same totals; the rest
// are about children's own experience and are reported as Easy Read only.
import type { TQuestionnaireDefinitionInput } from "@/lib/questionnaire/definition/definition";
import { threePointToLikert } from "../../../../lib/questionnaire/easy-read/option-map";
import { pictureSrc } from "../../../../lib/questionnaire/easy-read/pictures";
import type { TSectionInput } from "../shared";

type QuestionInput = TSectionInput["questions"][number];
type Pair = [key: string, label: string, picture: string];

const options = (...pairs: Pair[]) => pairs.map(([key, label, hex]) => ({ key, label, image: pictureSrc(hex) }));
const NOT_SURE: Pair = ["not-sure", "Not sure", "1F914"];
const YES_SOMETIMES_NO = options(
  ["yes", "Yes", "2705"],
  ["sometimes", "Sometimes", "1F610"],
  ["no", "No", "274C"],
  NOT_SURE,
);
const FACES = options(["happy", "Happy", "1F600"], ["ok", "OK", "1F610"], ["sad", "Sad", "1F641"], NOT_SURE);

/** One page per question: the page title is the question, so the page heading says it once. */
function page(key: string, question: QuestionInput, intro?: string): TSectionInput {
  return { key, title: question.title, ...(intro && { intro }), questions: [question] };
}

export const childrenEasyReadSections: TSectionInput[] = [
  {
    key: "welcome",
    title: "Short breaks. Tell us what you think!",
    questions: [
      {
        key: "welcome-info",
        type: "info",
        title: "Short breaks are fun things you do away from your mum, dad or carer",
        body: "Like clubs, trips or a sleepover.\n\nYour answers help us make short breaks better.\n\nYou do not have to answer every question.",
        image: pictureSrc("1F9D1-200D-1F9BD"),
        imageAlt: "A child in a wheelchair",
      },
    ],
  },
  page("who", {
    key: "who-is-filling-in",
    type: "singleChoice",
    title: "Did someone help you fill this in?",
    image: pictureSrc("1F9D1-200D-1F91D-200D-1F9D1"),
    answersKey: "help-completing",
    options: options(
      ["me-on-my-own", "No. I did it on my own", "1F9D2"],
      ["family-helped", "Yes. My family helped me", "1F46A"],
      ["worker-helped", "Yes. A support worker helped me", "1F91D"],
      ["someone-told-you", "Someone who knows me well told you what I like", "1F4AC"],
      NOT_SURE,
    ),
    optionMap: {
      "me-on-my-own": "no",
      "family-helped": "family",
      "worker-helped": "support-worker",
      "someone-told-you": "someone-else",
      "not-sure": null,
    },
  }),
  page("age", {
    key: "how-old",
    type: "singleChoice",
    title: "How old are you?",
    image: pictureSrc("1F382"),
    answersKey: "child-age",
    options: options(
      ["age-0-4", "0 to 4", "1F382"],
      ["age-5-10", "5 to 10", "1F382"],
      ["age-11-13", "11 to 13", "1F382"],
      ["age-14-17", "14 to 17", "1F382"],
      ["age-18-25", "18 to 25", "1F382"],
      NOT_SURE,
    ),
    optionMap: {
      "age-0-4": "age-0-4",
      "age-5-10": "age-5-10",
      "age-11-13": "age-11-13",
      "age-14-17": "age-14-17",
      "age-18-25": "age-18-25",
      "not-sure": null,
    },
  }),
  page("go-to-breaks", {
    key: "go-to-short-breaks",
    type: "yesNo",
    title: "Do you go to short breaks?",
    image: pictureSrc("1F3EB"),
  }),
  page("which-breaks", {
    key: "which-short-breaks",
    type: "multipleChoice",
    title: "Which short breaks do you go to?",
    hint: "Choose all the pictures that are right for you.",
    image: pictureSrc("1F3EB"),
    answersKey: "current-breaks",
    options: options(
      ["after-school-club", "After school club", "23F0"],
      ["youth-club", "Youth club", "1F465"],
      ["holiday-fun", "Holiday fun", "2600"],
      ["carer-at-home", "Someone comes to my home", "1F3E0"],
      ["sleepover-house", "Sleepover at a short break house", "1F6CF"],
      ["childminder", "Childminder", "1F3E1"],
      ["friend-takes-me-out", "A friend from the council takes me out", "1F6B6"],
      ["short-break-family", "I stay with a short break family", "1F46A"],
      ["sport", "Sport or swimming", "1F3CA"],
      NOT_SURE,
    ),
    optionMap: {
      "after-school-club": "universal-activities",
      "youth-club": "universal-activities",
      "holiday-fun": "targeted-clubs",
      "carer-at-home": "care-at-home",
      "sleepover-house": "residential",
      childminder: "childminding",
      "friend-takes-me-out": "befriending",
      "short-break-family": "fostering",
      sport: "universal-activities",
      "not-sure": "dont-know",
    },
  }),
  page("feel", {
    key: "feel-about-breaks",
    type: "singleChoice",
    title: "How do you feel about your short break?",
    image: pictureSrc("1F600"),
    options: FACES,
  }),
  page(
    "big-idea",
    {
      key: "like-our-idea",
      type: "singleChoice",
      title: "Do you like our idea?",
      image: pictureSrc("1F4A1"),
      answersKey: "vision-agree",
      options: options(
        ["like", "I like this", "1F600"],
        ["not-sure", "Not sure", "1F610"],
        ["do-not-like", "I do not like this", "1F641"],
      ),
      optionMap: threePointToLikert({ like: "like", notSure: "not-sure", dislike: "do-not-like" }),
    },
    "Our idea: short breaks help you learn new things, make friends and have fun.",
  ),
  page("things-i-like", {
    key: "like-doing",
    type: "multipleChoice",
    title: "What do you like doing?",
    hint: "Choose all the pictures that are right for you.",
    image: pictureSrc("1F3A8"),
    options: options(
      ["drama", "Drama", "1F3AD"],
      ["magic", "Magic", "1FA84"],
      ["music", "Music", "1F3B6"],
      ["art", "Art", "1F3A8"],
      ["cooking", "Cooking", "1F373"],
      ["sports", "Sports", "26BD"],
      ["swimming", "Swimming", "1F3CA"],
      ["park", "Park and outdoors", "1F333"],
      ["games", "Games", "1F3AE"],
      ["town", "Going into town", "1F3D9"],
      ["friends", "Being with friends", "1F9D1-200D-1F91D-200D-1F9D1"],
      ["quiet", "Quiet time", "1F319"],
      NOT_SURE,
    ),
  }),
  page("staff", {
    key: "know-staff",
    type: "singleChoice",
    title: "Do you know the staff well?",
    image: pictureSrc("1F44B"),
    options: YES_SOMETIMES_NO,
  }),
  page("friends", {
    key: "friends-at-breaks",
    type: "singleChoice",
    title: "Do you have friends at short breaks?",
    image: pictureSrc("1F9D1-200D-1F91D-200D-1F9D1"),
    options: YES_SOMETIMES_NO,
  }),
  page("being-listened-to", {
    key: "listened-to",
    type: "singleChoice",
    title: "Do people listen to you and let you choose?",
    image: pictureSrc("1F442"),
    options: FACES,
  }),
  page("learn", {
    key: "want-to-learn",
    type: "multipleChoice",
    title: "What do you want to learn to do?",
    hint: "Choose all the pictures that are right for you.",
    image: pictureSrc("1F4DA"),
    options: options(
      ["bus", "Go on the bus on my own", "1F68C"],
      ["money", "Use money and go shopping", "1F4B0"],
      ["cook", "Cook", "1F373"],
      ["look-after-myself", "Look after myself", "1F9D2"],
      ["new-friends", "Make new friends", "1F9D1-200D-1F91D-200D-1F9D1"],
      ["talk", "Talk to new people", "1F4AC"],
      ["brave", "Feel brave", "1F4AA"],
      NOT_SURE,
    ),
  }),
  page("where", {
    key: "where-go",
    type: "multipleChoice",
    title: "Where would you like to go for short breaks?",
    hint: "Choose all the pictures that are right for you.",
    image: pictureSrc("1F5FA"),
    options: options(
      ["near-home", "Near my home", "1F3E1"],
      ["at-school", "At my school", "1F3EB"],
      ["local-club", "A club with children from my area", "1F465"],
      ["leisure-centre", "Leisure centre", "1F3CA"],
      ["somewhere-new", "Somewhere new", "1F5FA"],
      NOT_SURE,
    ),
  }),
  page("when", {
    key: "when-like",
    type: "multipleChoice",
    title: "When would you like short breaks?",
    hint: "Choose all the pictures that are right for you.",
    image: pictureSrc("1F4C5"),
    answersKey: "when-needed",
    options: options(
      ["after-school", "After school", "23F0"],
      ["weekends", "Weekends", "1F4C5"],
      ["holidays", "Holidays", "2600"],
      ["sleepover", "Sleepover", "1F319"],
      NOT_SURE,
    ),
    optionMap: {
      "after-school": "after-school",
      weekends: "weekends",
      holidays: "school-holidays",
      sleepover: "overnight",
      "not-sure": null,
    },
  }),
  page("clubs", {
    key: "clubs-for-everyone",
    type: "singleChoice",
    title: "Would you like to go to clubs where all children in your area go?",
    image: pictureSrc("1F465"),
    answersKey: "universal-first",
    options: options(["yes", "Yes", "2705"], ["maybe", "Maybe", "1F610"], ["no", "No", "274C"], NOT_SURE),
    optionMap: { yes: "agree", maybe: "neither", no: "disagree", "not-sure": "dont-know" },
  }),
  page("getting-there", {
    key: "hard-to-get-there",
    type: "singleChoice",
    title: "Is it hard to get to your short break?",
    image: pictureSrc("1F68C"),
    options: YES_SOMETIMES_NO,
  }),
  {
    ...page("older", {
      key: "when-older",
      type: "multipleChoice",
      title: "When you are older, what would you like to do?",
      hint: "Choose all the pictures that are right for you.",
      image: pictureSrc("1F393"),
      options: options(
        ["college", "College", "1F393"],
        ["job", "A job", "1F4BC"],
        ["volunteer", "Help other people for free", "1F91D"],
        ["own-place", "Live in my own place with some help", "1F3E0"],
        ["travel", "Travel on my own", "1F68C"],
        NOT_SURE,
      ),
    }),
    showIf: {
      combinator: "and",
      conditions: [{ questionKey: "how-old", operator: "includes", values: ["age-14-17", "age-18-25"] }],
    },
  },
  page("planning", {
    key: "help-plan",
    type: "singleChoice",
    title: "Would you like to help plan short breaks?",
    image: pictureSrc("1F4A1"),
    options: options(["yes", "Yes", "2705"], ["maybe", "Maybe", "1F610"], ["no", "No", "274C"], NOT_SURE),
  }),
  page("anything-else", {
    key: "tell-us-more",
    type: "longText",
    title: "Is there anything else you want to tell us?",
    hint: "You can write as much or as little as you like.",
    image: pictureSrc("270F"),
    answersKey: "anything-else",
    maxWords: 500,
    allowDrawing: true,
  }),
];

export const childrenEasyReadQuestionnaire: TQuestionnaireDefinitionInput = {
  format: "EASY_READ",
  title: "Short breaks. Tell us what you think!",
  intro: "This is the Easy Read questionnaire for children and young people. You can answer on your own or with help.",
  // The start page's introduction is the consultation's own (issue #16): what it is about.
  introBlocks: [
    {
      picture: pictureSrc("1F4DD"),
      heading: "Our plan",
      text: "We have written a plan for short breaks. Nothing has been decided yet.",
    },
    { picture: pictureSrc("1F4AC"), text: "Tell us what you think about short breaks and our plans." },
  ],
  estimatedMinutes: 10,
  sections: childrenEasyReadSections,
};
