// Inputs to the respondent's journey other than the answers themselves (those are validated by
// buildAnswerSchema from the questionnaire). The browser forms and the server actions use the
// same schemas (anchors-code-style.md §9.2). Email addresses are checked by the questionnaire's
// own email rule, so a receipt address and an email question accept exactly the same things.
import { z } from "@/lib/zod";
import { answerSchemaFor } from "@/lib/questionnaire/answers/answer-values";
import { type TQuestionOf, ZQuestion } from "@/lib/questionnaire/definition/definition";
import { HONEYPOT_FIELD } from "@/lib/respond/form-controls";

const emailQuestion = (required: boolean) =>
  ZQuestion.parse({
    key: "email",
    type: "email",
    title: "Email address",
    required,
    requiredMessage: "Enter your email address",
  }) as TQuestionOf<"email">;

export { HONEYPOT_FIELD };

/** Whether the hidden honeypot was filled in: the submission is then refused quietly. */
export function isHoneypotFilled(values: Readonly<Record<string, unknown>>): boolean {
  const value = values[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}

/** On "Check your answers": an optional address for a receipt, and whether to hear about the results. */
export const ZReceiptRequestSchema = z.object({
  email: answerSchemaFor(emailQuestion(false)),
  "wants-updates": z
    .unknown()
    .optional()
    .transform((value) => value === "yes"),
});
export type TReceiptRequest = z.infer<typeof ZReceiptRequestSchema>;

/** "Save and come back later": where to send the link. */
export const ZSaveForLaterSchema = z.object({
  email: answerSchemaFor(emailQuestion(true)).pipe(z.string({ error: "Enter your email address" })),
});
export type TSaveForLater = z.infer<typeof ZSaveForLaterSchema>;

/** Hidden fields of the submit form: the idempotency key and the version the answers are for. */
export const ZSubmissionSchema = z.object({
  submissionKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "This page is out of date. Check your answers and send them again."),
  versionId: z.string().min(1).max(64),
});
export type TSubmission = z.infer<typeof ZSubmissionSchema>;
