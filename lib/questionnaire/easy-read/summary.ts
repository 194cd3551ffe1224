// The Easy Read summary of a consultation (issue #7, point 5): short blocks of words, each with
// a picture shown on its left. Stored as JSON on the consultation and checked here on the way
// in and out, so a malformed value is never rendered.
import { z } from "zod";

export const ZEasyReadSummary = z
  .array(
    z.object({
      /** A bundled picture's address (pictureSrc) or an uploaded one. */
      picture: z.string().min(1).optional(),
      /** Bold words at the start of the block, e.g. the heading of this part. */
      heading: z.string().min(1).optional(),
      text: z.string().min(1),
    }),
  )
  .min(1);
export type TEasyReadSummary = z.infer<typeof ZEasyReadSummary>;

/** The stored summary, or null when there is none or it is not well formed. */
export function parseEasyReadSummary(stored: unknown): TEasyReadSummary | null {
  const parsed = ZEasyReadSummary.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
