// The staff response list's filters, read from the query string. An unknown channel is an
// error shown on the page rather than silently showing everything.
import { z } from "@/lib/zod";
import { CHANNELS } from "@/lib/respond/channels";

const blankToUndefined = (v: string | undefined) => v || undefined;

export const RESPONSE_VIEWS = ["all", "organisations", "individuals"] as const;
export type TResponseView = (typeof RESPONSE_VIEWS)[number];

export const ZResponseListFilterSchema = z.object({
  channel: z
    .string()
    .optional()
    .transform(blankToUndefined)
    .pipe(z.enum(CHANNELS, { error: "Select a channel from the list" }).optional()),
  view: z.enum(RESPONSE_VIEWS).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type TResponseListFilter = z.output<typeof ZResponseListFilterSchema>;

/** The first value of each filter in a Next.js searchParams object. */
export function responseListInput(query: Readonly<Record<string, string | string[] | undefined>>) {
  const one = (key: string) => {
    const value = query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return { channel: one("channel"), view: one("view"), page: one("page") };
}
