// "Show original text" on a response (issue #15): the reason is required and goes into the
// audit trail, as it does for original-text exports.
import { z } from "@/lib/zod";
import { DOWNLOAD_REASON_MAX } from "./downloads";

export const ZShowOriginalText = z.object({
  consultationId: z.string().min(1),
  responseId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(1, "Enter why you need to see the original text")
    .max(DOWNLOAD_REASON_MAX, `The reason must be ${DOWNLOAD_REASON_MAX} characters or fewer`),
});
export type TShowOriginalText = z.output<typeof ZShowOriginalText>;
