// The Easy Read summary of a consultation (issue #7, point 5): short blocks of words, each with
// a picture shown on its left. Stored as JSON on the consultation and checked here on the way
// in and out, so a malformed value is never rendered.
import { z } from "@/lib/zod";

/** One block of Easy Read words with its picture; the summary and the questionnaire's introduction use it. */
export const ZEasyReadBlock = z.object({
  /** A bundled picture's address (pictureSrc) or an uploaded one. */
  picture: z.string().min(1).optional(),
  /** Bold words at the start of the block, e.g. the heading of this part. */
  heading: z.string().min(1).optional(),
  text: z.string().min(1, "Enter the words for this block"),
});
export type TEasyReadBlock = z.infer<typeof ZEasyReadBlock>;

export const ZEasyReadSummary = z.array(ZEasyReadBlock).min(1);
export type TEasyReadSummary = z.infer<typeof ZEasyReadSummary>;

/** The stored summary, or null when there is none or it is not well formed. */
export function parseEasyReadSummary(stored: unknown): TEasyReadSummary | null {
  const parsed = ZEasyReadSummary.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
