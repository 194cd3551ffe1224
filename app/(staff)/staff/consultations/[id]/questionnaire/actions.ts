"use server";

// Officer actions on a consultation's questionnaire (issue #5). Saving a draft is not audited
// (it happens every few minutes), nor is adding a question from the bank (it is an edit of the
// draft); publishing, importing, starting from a copy and saving to the shared question bank
// each write exactly one audit event, in the same transaction as the change.
import { createAction } from "@/lib/actions/create-action";
import { publishQuestionnaire } from "@/lib/services/questionnaires/publish-questionnaire";
import { addFromQuestionBank, saveToQuestionBank } from "@/lib/services/questionnaires/question-bank";
import { copyQuestionnaire, importDraft } from "@/lib/services/questionnaires/replace-draft";
import { saveDraft } from "@/lib/services/questionnaires/save-draft";
import {
  ZAddBankQuestionSchema,
  ZCopyQuestionnaireSchema,
  ZImportQuestionnaireSchema,
  ZPublishQuestionnaireSchema,
  ZSaveBankQuestionSchema,
  ZSaveDraftSchema,
  type TQuestionnaireFormat,
} from "@/lib/validation/questionnaire";

const overview = (id: string, format: TQuestionnaireFormat, done: string, page = "") =>
  `/staff/consultations/${encodeURIComponent(id)}/questionnaire${page}?${new URLSearchParams({ format, done })}`;

export const saveQuestionnaireDraftAction = createAction({
  schema: ZSaveDraftSchema,
  permission: "questionnaire.edit",
  handler: (input, { staff }) => saveDraft(staff, input),
});

export const publishQuestionnaireAction = createAction({
  schema: ZPublishQuestionnaireSchema,
  permission: "questionnaire.publish",
  handler: ({ consultationId, format }, { staff }) => publishQuestionnaire(staff, consultationId, format),
  redirectTo: (out, input) => overview(input.consultationId, input.format, `published-${out.number}`),
});

export const importQuestionnaireAction = createAction({
  schema: ZImportQuestionnaireSchema,
  permission: "questionnaire.edit",
  handler: ({ consultationId, format, json }, { staff }) => importDraft(staff, consultationId, format, json),
  redirectTo: (_out, input) => overview(input.consultationId, input.format, "imported"),
});

export const copyQuestionnaireAction = createAction({
  schema: ZCopyQuestionnaireSchema,
  permission: "questionnaire.edit",
  handler: ({ consultationId, format, versionId }, { staff }) =>
    copyQuestionnaire(staff, consultationId, format, versionId),
  redirectTo: (_out, input) => overview(input.consultationId, input.format, "copied"),
});

export const addBankQuestionAction = createAction({
  schema: ZAddBankQuestionSchema,
  permission: "questionnaire.edit",
  handler: (input, { staff }) => addFromQuestionBank(staff, input),
  redirectTo: (out, input) => overview(input.consultationId, input.format, `added-${out.key}`, "/bank"),
});

export const saveBankQuestionAction = createAction({
  schema: ZSaveBankQuestionSchema,
  permission: "questionnaire.edit",
  handler: (input, { staff }) => saveToQuestionBank(staff, input),
  redirectTo: (_out, input) => overview(input.consultationId, input.format, "saved", "/bank"),
});
