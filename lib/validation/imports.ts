// Inputs of the bulk import (issue #8 part 2), shared by the forms and the route handlers.
import { z } from "@/lib/zod";

/** How the imported rows reached the council; each response is tagged with it. */
export const IMPORT_CHANNELS = [
  ["PAPER", "Paper forms"],
  ["EVENT", "An event or session"],
  ["EMAIL", "Email"],
  ["PHONE", "Phone calls"],
  ["ADVOCATE", "Through an advocate or partner organisation"],
  ["IMPORT", "Another survey tool or mixed sources"],
] as const;

type TChannel = (typeof IMPORT_CHANNELS)[number][0];

export const ZImportUpload = z.object({
  consultationId: z.string().min(1),
  channel: z.enum(IMPORT_CHANNELS.map(([value]) => value) as [TChannel, ...TChannel[]], {
    error: "Select how these responses reached you",
  }),
});
export type TImportUpload = z.infer<typeof ZImportUpload>;

export const IMPORT_INTENTS = ["check", "import-all", "import-valid", "rollback"] as const;
export const ZImportStep = z.object({ intent: z.enum(IMPORT_INTENTS, { error: "Choose what to do with the import" }) });

/** Form field names of the mapping form. */
export const columnField = (index: number) => `column-${index}`;
export const valueField = (target: string, cell: string) => `value|${target}|${cell}`;
