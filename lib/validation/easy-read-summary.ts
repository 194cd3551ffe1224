// The Easy Read summary form (issue #7, point 5): numbered blocks of a picture, an optional
// heading and the words. Blocks left empty are dropped, so the form can always offer spare
// ones without JavaScript; clearing every block removes the summary.
import { z } from "@/lib/zod";
import { PICTURE_BASE } from "@/lib/questionnaire/easy-read/pictures";
import type { TEasyReadSummary } from "@/lib/questionnaire/easy-read/summary";

/** Blocks the form may post: the summary's own plus a few spare. */
export const SUMMARY_MAX_BLOCKS = 30;
/** Only our bundled pictures and officers' uploads, never an address from elsewhere. */
const PICTURE = new RegExp(`^(${PICTURE_BASE}/[0-9A-F-]+\\.svg|/easy-read/uploads/\\w+)$`);

const field = (n: number, part: "picture" | "heading" | "text") => `block-${n}-${part}`;

export const ZEasyReadSummaryForm = z
  .object({ consultationId: z.string().min(1), blocks: z.coerce.number().int().min(0).max(SUMMARY_MAX_BLOCKS) })
  .catchall(z.string())
  .transform((values, ctx): { consultationId: string; summary: TEasyReadSummary | null } => {
    const summary: TEasyReadSummary = [];
    for (let n = 1; n <= values.blocks; n++) {
      const [picture, heading, text] = (["picture", "heading", "text"] as const).map((part) =>
        String(values[field(n, part)] ?? "").trim(),
      );
      if (!picture && !heading && !text) continue;
      if (picture && !PICTURE.test(picture))
        ctx.addIssue({
          code: "custom",
          path: [field(n, "picture")],
          message: `Choose a picture for block ${n} from the list`,
        });
      if (!text)
        ctx.addIssue({
          code: "custom",
          path: [field(n, "text")],
          message: `Enter the words for block ${n}, or clear its heading and picture`,
        });
      else if (text.length > 1000)
        ctx.addIssue({
          code: "custom",
          path: [field(n, "text")],
          message: `The words for block ${n} must be 1000 characters or fewer`,
        });
      if (heading.length > 120)
        ctx.addIssue({
          code: "custom",
          path: [field(n, "heading")],
          message: `The heading of block ${n} must be 120 characters or fewer`,
        });
      summary.push({ ...(picture && { picture }), ...(heading && { heading }), text });
    }
    return { consultationId: values.consultationId, summary: summary.length > 0 ? summary : null };
  });
export type TEasyReadSummaryForm = z.output<typeof ZEasyReadSummaryForm>;
export { field as summaryField };
