// A library consultation's questionnaires (issue #16): a second consultation that has nothing to
// do with Short Breaks, with a linked Easy Read version whose introduction is its own.
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { threePointToLikert } from "@/lib/questionnaire/easy-read/option-map";
import { pictureSrc } from "@/lib/questionnaire/easy-read/pictures";

export const LIBRARY: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Library opening hours",
  sections: [
    {
      key: "visits",
      title: "Your library visits",
      questions: [
        // The general "Responding as" list: the questionnaire's own, from the builder's default.
        { key: "respondent-type", type: "respondentType", title: "Which of these best describes you?", required: true },
        { key: "often", type: "singleChoice", title: "How often do you visit a library?", options: [{ key: "weekly", label: "Every week" }, { key: "monthly", label: "Every month" }, { key: "rarely", label: "Hardly ever" }] },
        { key: "hours", type: "likert", title: "The new opening hours suit me" },
        { key: "why", type: "longText", title: "Why do you say that?" },
      ],
    },
  ],
});

export const LIBRARY_EASY_READ: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  format: "EASY_READ",
  title: "Library times",
  introBlocks: [
    { picture: pictureSrc("1F4DA"), heading: "Libraries", text: "We want to change when our libraries open." },
    { picture: pictureSrc("1F4AC"), text: "Tell us what you think about the new times." },
  ],
  sections: [
    {
      key: "often-page",
      title: "Going to the library",
      questions: [
        {
          key: "er-often", type: "singleChoice", title: "How often do you go to the library?", image: pictureSrc("1F4C5"), answersKey: "often",
          options: [{ key: "weekly", label: "Every week", image: pictureSrc("1F4C5") }, { key: "monthly", label: "Every month", image: pictureSrc("1F4DD") }, { key: "never", label: "Never", image: pictureSrc("274C") }],
          optionMap: { weekly: "weekly", monthly: "monthly", never: "rarely" },
        },
      ],
    },
    {
      key: "hours-page",
      title: "The new times",
      questions: [
        {
          key: "er-hours", type: "singleChoice", title: "Do you like the new times?", image: pictureSrc("23F0"), answersKey: "hours",
          options: [{ key: "like", label: "I like them", image: pictureSrc("1F600") }, { key: "not-sure", label: "Not sure", image: pictureSrc("1F914") }, { key: "dislike", label: "I do not like them", image: pictureSrc("1F641") }],
          optionMap: threePointToLikert({ like: "like", notSure: "not-sure", dislike: "dislike" }),
        },
      ],
    },
  ],
});
