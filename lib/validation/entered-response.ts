// The details an officer records when entering a paper, email, phone, event or advocate
// response (issue #8, part 1). The answers themselves go through the questionnaire's own
// validation (buildAnswerSchema), exactly as online.
import { z } from "@/lib/zod";
import { COMPLETED_HOW, ENTERED_CHANNELS } from "@/lib/respond/channels";
import { dateFieldShape, readLondonDate, requireDate } from "./london-date-fields";

/** Optional free text: trimmed, blank as undefined, with a GOV.UK length message. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => v || undefined);

/** A random key rendered into the form, so a double click or a retry finds the same response. */
export const ZEntryKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,64}$/, "This page is out of date. Go back and start the entry again.");

export const ZEnteredDetailsSchema = z
  .object({
    consultationId: z.string().min(1).max(64),
    entryKey: ZEntryKey,
    /** Set when changing the details of a response already entered. */
    responseId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || undefined),
    format: z.enum(["STANDARD", "EASY_READ"], { error: "Select the format of the response" }),
    channel: z.enum(ENTERED_CHANNELS, { error: "Select how the response reached us" }),
    completedHow: z.enum(COMPLETED_HOW, { error: "Select how the response was completed" }),
    partnerOrganisation: optionalText(200, "Partner organisation"),
    organisationName: optionalText(200, "Organisation name"),
    organisationPublish: z.enum(["yes", "no"]).optional(),
    lateReason: optionalText(1000, "The reason for accepting a late response"),
    ...dateFieldShape("received"),
  })
  // Runs even when other fields failed, so the date's problem is in the same error summary.
  .superRefine(
    (value, ctx) =>
      void requireDate(ctx, value as Record<string, string | undefined>, "received", "Date received", "start", true),
    { when: () => true },
  )
  .transform((value, ctx) => {
    const receivedAt = readLondonDate(value, "received", "Date received");
    if (value.organisationPublish === "yes" && !value.organisationName) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationName"],
        message: "Enter the organisation's name, or say it did not agree to publication",
      });
    }
    if (!(receivedAt instanceof Date)) return z.NEVER;
    return {
      consultationId: value.consultationId,
      entryKey: value.entryKey,
      responseId: value.responseId,
      format: value.format,
      channel: value.channel,
      completedHow: value.completedHow,
      partnerOrganisation: value.partnerOrganisation ?? null,
      organisationName: value.organisationName ?? null,
      organisationPublish: Boolean(value.organisationName) && value.organisationPublish === "yes",
      lateReason: value.lateReason ?? null,
      receivedAt,
    };
  });

export type TEnteredDetails = z.output<typeof ZEnteredDetailsSchema>;

/** Whether a response received at `receivedAt` is late for a consultation that closes at `closesAt`. */
export function isLate(receivedAt: Date, closesAt: Date): boolean {
  return receivedAt.getTime() > closesAt.getTime();
}

export const LATE_REASON_REQUIRED =
  "This response was received after the consultation closed. Enter the reason for accepting it";
