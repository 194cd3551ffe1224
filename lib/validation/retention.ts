// Inputs of the personal data lifecycle screens (issue #21): the retention periods, a legal
// hold, and subject access searches, downloads and erasure.
import { z } from "@/lib/zod";
import {
  RETENTION_FIELDS,
  RETENTION_KEYS,
  type TRetentionKey,
  type TRetentionSettings,
} from "@/lib/retention/settings";

function period(key: TRetentionKey) {
  const { label, unit, min, max } = RETENTION_FIELDS[key];
  const range = `${label} must be between ${min} and ${max} ${unit}`;
  return z
    .string({ error: `Enter how many ${unit} to keep ${label.toLowerCase()}` })
    .trim()
    .min(1, { error: `Enter how many ${unit} to keep ${label.toLowerCase()}` })
    .regex(/^\d+$/, { error: `${label} must be a whole number of ${unit}, like 6` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: range }).max(max, { error: range }));
}

export const ZRetentionSettings = z.object(
  Object.fromEntries(RETENTION_KEYS.map((key) => [key, period(key)])) as {
    [K in TRetentionKey]: ReturnType<typeof period>;
  },
);
export type TRetentionSettingsInput = TRetentionSettings;

export const REASON_MAX = 300;
const reason = (what: string) =>
  z
    .string({ error: `Enter the reason ${what}` })
    .trim()
    .min(1, { error: `Enter the reason ${what}` })
    .max(REASON_MAX, { error: `The reason must be ${REASON_MAX} characters or fewer` });

const ZConsultationId = z
  .string({ error: "Choose a consultation" })
  .trim()
  .min(1, { error: "Choose a consultation" })
  .max(64);

export const ZLegalHold = z.object({ consultationId: ZConsultationId, reason: reason("for the legal hold") });
export type TLegalHold = z.infer<typeof ZLegalHold>;

export const ZLegalHoldLift = z.object({
  consultationId: ZConsultationId,
  reason: reason("for lifting the legal hold"),
});
export type TLegalHoldLift = z.infer<typeof ZLegalHoldLift>;

/** An email address or a response reference such as SB-7K4Q-29XD. */
export const ZSubjectQuery = z
  .string({ error: "Enter an email address or a response reference" })
  .trim()
  .min(3, { error: "Enter an email address or a response reference" })
  .max(254, { error: "An email address or reference must be 254 characters or fewer" });

export const ZSubjectSearch = z.object({
  q: ZSubjectQuery,
  reason: reason("for the search, for example the request's reference"),
});
export type TSubjectSearch = z.infer<typeof ZSubjectSearch>;

export const ZSubjectDownload = z.object({
  q: ZSubjectQuery,
  reason: reason("for the download"),
  format: z.enum(["json", "docx"], { error: "Choose JSON or Word" }),
});
export type TSubjectDownload = z.infer<typeof ZSubjectDownload>;

export const ZSubjectErase = z.object({
  q: ZSubjectQuery,
  reason: reason("for the erasure"),
  responses: z.enum(["keep", "remove"], { error: "Choose whether to remove the responses too" }),
  confirm: z.literal("yes", { error: "Confirm that you want to erase this person's data" }),
});
export type TSubjectErase = z.infer<typeof ZSubjectErase>;
