// A council's second consultation (issue #16): library opening hours, with nothing to do with
// Short Breaks, for the integration test and the e2e spec that check nothing assumes it. Plain
// stored JSON (no imports), as the builder saves it, so both test runners can load it.

const picture = (hex: string) => `/easy-read/pictures/${hex}.svg`;

export const LIBRARY_STANDARD = {
  format: "STANDARD",
  title: "Library opening hours",
  sections: [
    {
      key: "visits",
      title: "Your library visits",
      questions: [
        // The general "Responding as" list: the questionnaire's own, from the builder's default.
        { key: "respondent-type", type: "respondentType", title: "Which of these best describes you?", required: true },
        {
          key: "often",
          type: "singleChoice",
          title: "How often do you visit a library?",
          options: [
            { key: "weekly", label: "Every week" },
            { key: "monthly", label: "Every month" },
            { key: "rarely", label: "Hardly ever" },
          ],
        },
        { key: "hours", type: "likert", title: "The new opening hours suit me" },
        { key: "why", type: "longText", title: "Why do you say that?" },
      ],
    },
  ],
};

/**
 * The Easy Read version with its own introduction. `linked` false leaves its first question
 * unlinked, for an officer to link in the builder: 'Every week' matches by key, 'every month' by
 * its words, and 'Never' has no match.
 */
export function libraryEasyRead(linked = true) {
  return {
    format: "EASY_READ",
    title: "Library times",
    introBlocks: [
      { picture: picture("1F4DA"), heading: "Libraries", text: "We want to change when our libraries open." },
      { picture: picture("1F4AC"), text: "Tell us what you think about the new times." },
    ],
    sections: [
      {
        key: "often-page",
        title: "Going to the library",
        questions: [
          {
            key: "er-often",
            type: "singleChoice",
            title: "How often do you go to the library?",
            image: picture("1F4C5"),
            options: [
              { key: "weekly", label: "Every week", image: picture("1F4C5") },
              { key: "month", label: "every month", image: picture("1F4DD") },
              { key: "never", label: "Never", image: picture("274C") },
            ],
            ...(linked && { answersKey: "often", optionMap: { weekly: "weekly", month: "monthly", never: "rarely" } }),
          },
        ],
      },
      {
        key: "hours-page",
        title: "The new times",
        questions: [
          {
            key: "er-hours",
            type: "singleChoice",
            title: "Do you like the new times?",
            image: picture("23F0"),
            answersKey: "hours",
            options: [
              { key: "like", label: "I like them", image: picture("1F600") },
              { key: "not-sure", label: "Not sure", image: picture("1F914") },
              { key: "dislike", label: "I do not like them", image: picture("1F641") },
            ],
            optionMap: { like: "agree", "not-sure": "neither", dislike: "disagree" },
          },
        ],
      },
    ],
  };
}
