// Response columns that repeat an answer so analysis can filter without joining Answer rows:
// who is responding (respondentType, organisationName) and how the form was filled in
// (completedHow, issue #6 item 8). Worked out from the validated answers on submit.
import type { TAnswers, TChoiceValue } from "@/lib/questionnaire/answers/answer-values";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { mappedOptionKey } from "@/lib/questionnaire/easy-read/option-map";
import { HELP_COMPLETING_KEY } from "./journey";

export type TCompletedHow = "ALONE" | "WITH_FAMILY_HELP" | "WITH_SUPPORT_WORKER" | "BY_SOMEONE_ELSE";

/** help-completing option → Response.completedHow. The same keys the seed uses. */
export const COMPLETED_HOW: Readonly<Record<string, TCompletedHow>> = {
  no: "ALONE",
  family: "WITH_FAMILY_HELP",
  "support-worker": "WITH_SUPPORT_WORKER",
  "someone-else": "BY_SOMEONE_ELSE",
};

/** A separate "name of your organisation" question, which some questionnaires ask instead of an organisation option. */
export const ORGANISATION_NAME_KEY = "organisation-name";

export type TMirrorFields = {
  respondentType: string | null;
  organisationName: string | null;
  completedHow: TCompletedHow | null;
};

export function mirrorFields(definition: TQuestionnaireDefinition, answers: TAnswers): TMirrorFields {
  const questions = definition.sections.flatMap((s) => s.questions);
  const typeQuestion = questions.find((q) => q.type === "respondentType");
  const type = typeQuestion ? (answers[typeQuestion.key] as TChoiceValue | undefined) : undefined;
  const isOrganisationOption =
    typeQuestion?.type === "respondentType" &&
    typeQuestion.options.some((o) => o.key === type?.optionKey && o.organisation);
  const organisationAnswer = answers[ORGANISATION_NAME_KEY];
  // An Easy Read questionnaire asks it in its own words, mapped onto the standard options (issue #7).
  const helpQuestion = questions.find((q) => q.key === HELP_COMPLETING_KEY || q.answersKey === HELP_COMPLETING_KEY);
  const help = helpQuestion ? (answers[helpQuestion.key] as TChoiceValue | undefined) : undefined;
  const helpKey = help && helpQuestion ? mappedOptionKey(helpQuestion, help.optionKey) : undefined;
  return {
    respondentType: type?.optionKey ?? null,
    organisationName:
      (isOrganisationOption ? type?.text : undefined) ??
      (typeof organisationAnswer === "string" ? organisationAnswer : null),
    completedHow: (helpKey ? COMPLETED_HOW[helpKey] : undefined) ?? null,
  };
}
