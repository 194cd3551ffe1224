// The questionnaire the closed-question analysis tests and benchmark answer: every closed type
// the analysis reports (respondent type, Likert, multiple choice, Likert grid, yes/no), a
// postcode for the district filter and a free-text question that must be ignored.
export const ANALYSIS_DEFINITION = {
  format: "STANDARD" as const,
  title: "Analysis test",
  sections: [
    {
      key: "s",
      title: "Questions",
      questions: [
        { key: "who", type: "respondentType" as const, title: "I am responding as" },
        { key: "plan", type: "likert" as const, title: "Do you agree with the plan?" },
        {
          key: "uses",
          type: "multipleChoice" as const,
          title: "What do you use?",
          options: ["club", "camp", "sitter", "day"].map((key) => ({ key, label: key })),
        },
        {
          key: "grid",
          type: "likertGrid" as const,
          title: "How far do you agree?",
          statements: ["a", "b", "c"].map((key) => ({ key, label: key })),
        },
        { key: "fair", type: "yesNo" as const, title: "Is it fair?" },
        { key: "where", type: "postcode" as const, title: "Your postcode" },
        { key: "why", type: "longText" as const, title: "Why?" },
      ],
    },
  ],
};
