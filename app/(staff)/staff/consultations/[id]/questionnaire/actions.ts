"use server";

// Officer actions on a consultation's questionnaire (issue #5). Saving a draft is not audited
// (it happens every few minutes); publishing, importing and starting from a template each
// write exactly one audit event, in the same transaction as the change.
import { createAction } from "@/lib/actions/create-action";
import { publishQuestionnaire } from "@/lib/services/questionnaires/publish-questionnaire";
import { importDraft, startFromTemplate } from "@/lib/services/questionnaires/replace-draft";
import { saveDraft } from "@/lib/services/questionnaires/save-draft";
import { ZImportQuestionnaireSchema, ZPublishQuestionnaireSchema, ZSaveDraftSchema, ZStartFromTemplateSchema, type TQuestionnaireFormat } from "@/lib/validation/questionnaire";

const overview = (id: string, format: TQuestionnaireFormat, done: string) =>
  `/staff/consultations/${encodeURIComponent(id)}/questionnaire?${new URLSearchParams({ format, done })}`;

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

export const startFromTemplateAction = createAction({
  schema: ZStartFromTemplateSchema,
  permission: "questionnaire.edit",
  handler: ({ consultationId, format }, { staff }) => startFromTemplate(staff, consultationId, format),
  redirectTo: (_out, input) => overview(input.consultationId, input.format, "template"),
});
