// A small questionnaire and response for the export builders' unit tests.
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import type { TExportAnswer, TExportResponse } from "./export-types";

export const EXPORT_DEFINITION: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Library opening hours",
  sections: [
    {
      key: "s",
      title: "Questions",
      questions: [
        { key: "who", type: "respondentType", title: "I am responding as" },
        { key: "plan", type: "likert", title: "Do you agree with the plan?" },
        {
          key: "uses",
          type: "multipleChoice",
          title: "What do you use?",
          options: [
            { key: "club", label: "Holiday club" },
            { key: "camp", label: "Camp" },
            { key: "other", label: "Other", other: true },
          ],
        },
        { key: "grid", type: "likertGrid", title: "How far do you agree?", statements: [{ key: "a", label: "Fair" }] },
        {
          key: "order",
          type: "ranking",
          title: "Rank these",
          options: [
            { key: "x", label: "X" },
            { key: "y", label: "Y" },
          ],
        },
        { key: "age", type: "number", title: "Age" },
        { key: "where", type: "postcode", title: "Your postcode", storeFull: true },
        { key: "mail", type: "email", title: "Email for a receipt" },
        { key: "why", type: "longText", title: "Why?" },
      ],
    },
  ],
});

export const answer = (questionKey: string, values: Partial<TExportAnswer> = {}): TExportAnswer => ({
  questionKey,
  optionKeys: [],
  text: null,
  number: null,
  redactedText: null,
  ...values,
});

export const exportResponse = (values: Partial<TExportResponse> = {}): TExportResponse => ({
  id: "r1",
  reference: "SB-AAAA-1111",
  channel: "PAPER",
  format: "EASY_READ",
  respondentType: "parent-carer",
  organisationName: null,
  completedHow: "ALONE",
  submittedAt: new Date("2026-03-02T10:00:00Z"),
  campaign: null,
  respondentName: "Alys Jones",
  contact: null,
  answers: [],
  ...values,
});
