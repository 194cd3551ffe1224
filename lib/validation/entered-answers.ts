// Hidden fields that name an entered response (issue #8): on its question pages and on
// "Check the answers". The answers themselves are checked by the questionnaire (checkPage).
import { z } from "@/lib/zod";

export const ZEnteredResponseIdsSchema = z.object({
  consultationId: z.string().min(1).max(64),
  responseId: z.string().min(1, "This page is out of date. Go back to the response and try again.").max(64),
});

export const ZEnteredPageSchema = ZEnteredResponseIdsSchema.extend({
  sectionKey: z.string().min(1).max(100),
  versionId: z.string().min(1).max(64),
});

export type TEnteredPageFields = z.output<typeof ZEnteredPageSchema>;
