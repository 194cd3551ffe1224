// Inputs of the questionnaire builder (issue #5). The builder form and the save action share
// ZQuestionnaireDraft: a draft must have the definition's shape, so every save is readable by
// the renderer and the preview; the cross-field publish rules (unique keys, conditions that
// look back) run only at publish, so officers can save half-finished work.
import { z } from "@/lib/zod";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";

export const ZQuestionnaireFormat = z.enum(["STANDARD", "EASY_READ"]);
export type TQuestionnaireFormat = z.infer<typeof ZQuestionnaireFormat>;

export const ZQuestionnaireDraft = ZQuestionnaireDefinition;

/** Which questionnaire an action works on. */
const target = { consultationId: z.string().min(1), format: ZQuestionnaireFormat };

/** The builder posts its whole definition as one JSON field, with the draft's last-saved time. */
export const ZSaveDraftSchema = z.object({
  ...target,
  /** ISO time of the draft the officer loaded, or "" for a questionnaire not yet saved. */
  updatedAt: z.string(),
  definition: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "The questionnaire could not be read. Reload the page and try again.",
        });
        return z.NEVER;
      }
    })
    .pipe(ZQuestionnaireDraft),
});
export type TSaveDraftInput = z.infer<typeof ZSaveDraftSchema>;

export const ZPublishQuestionnaireSchema = z.object(target);

/** Start an empty questionnaire from a copy of a published one (issue #16). */
export const ZCopyQuestionnaireSchema = z.object({
  ...target,
  versionId: z.string().min(1, "Choose a questionnaire to copy"),
});

/** Add a question from the question bank to one page of the draft. */
export const ZAddBankQuestionSchema = z.object({
  ...target,
  bankId: z.string().min(1),
  sectionKey: z.string().min(1, "Choose a page"),
});

/** Save one of the draft's questions to the question bank. */
export const ZSaveBankQuestionSchema = z.object({
  ...target,
  questionKey: z.string().min(1, "Choose a question to save"),
});

export const ZImportQuestionnaireSchema = z.object({
  ...target,
  json: z.string().trim().min(1, "Paste the questionnaire's JSON, or choose a file"),
});
