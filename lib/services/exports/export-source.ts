// Reads a consultation's submitted responses for an export in keyset-paginated batches (by
// response id), each batch one SQL query with its answers (and redacted copies) aggregated per
// response, so memory stays flat however many responses there are. Contact details are only
// selected when personal data was asked for; the respondent's name is read to redact it.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TExportAnswer, TExportResponse } from "@/lib/exports/export-types";
import { markBidiControls } from "@/lib/text/control-characters";
import { ZStoredCampaigns } from "../analysis/free-text/run-themes";

export const EXPORT_BATCH = 1_000;

/** Narrows the responses, e.g. one XLSX sheet's format and channels. */
export type TExportSlice = {
  format?: "STANDARD" | "EASY_READ";
  channels?: readonly string[];
  excludeChannels?: readonly string[];
};

/** The response's own columns come back under TExportResponse's names, so they pass straight through. */
type Row = Pick<
  TExportResponse,
  "id" | "reference" | "channel" | "format" | "respondentType" | "organisationName" | "completedHow" | "submittedAt"
> & {
  email: string | null;
  name: string | null;
  answers: { id: string; k: string; o: string[]; t: string | null; n: number | null; r: string | null }[] | null;
};

function sliceSql(slice: TExportSlice): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (slice.format) parts.push(Prisma.sql`AND r.format::text = ${slice.format}`);
  if (slice.channels) parts.push(Prisma.sql`AND r.channel::text = ANY(${[...slice.channels]}::text[])`);
  if (slice.excludeChannels)
    parts.push(Prisma.sql`AND NOT (r.channel::text = ANY(${[...slice.excludeChannels]}::text[]))`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** Campaigns found by the newest themes run of each open question: answer id → "Campaign n (question)". */
export async function campaignLabels(consultationId: string): Promise<Map<string, string>> {
  const runs = await db().themeRun.findMany({
    where: { consultationId },
    orderBy: { createdAt: "desc" },
    select: { questionKey: true, campaigns: true },
  });
  const labels = new Map<string, string>();
  const seen = new Set<string>();
  for (const run of runs) {
    if (seen.has(run.questionKey)) continue;
    seen.add(run.questionKey);
    const parsed = ZStoredCampaigns.safeParse(run.campaigns);
    if (!parsed.success) continue;
    parsed.data
      .filter((c) => c.isCampaign)
      .forEach((c, i) => c.memberIds.forEach((id) => labels.set(id, `Campaign ${i + 1} (${run.questionKey})`)));
  }
  return labels;
}

/** Batches of submitted responses in id order; `onBatch` hears how many have been read. */
export async function* responseBatches(
  consultationId: string,
  options: {
    personalData: boolean;
    slice?: TExportSlice;
    campaigns: ReadonlyMap<string, string>;
    batchSize?: number;
    onBatch?: (read: number) => Promise<void> | void;
  },
): AsyncGenerator<TExportResponse[]> {
  const size = options.batchSize ?? EXPORT_BATCH;
  const contact = options.personalData ? Prisma.sql`c.email` : Prisma.sql`NULL::text`;
  let after = "";
  let read = 0;
  for (;;) {
    const rows = await db().$queryRaw<Row[]>`
      SELECT r.id, r.reference, r.channel::text AS channel, r.format::text AS format, r."respondentType", r."organisationName",
             r."completedHow"::text AS "completedHow", r."submittedAt", ${contact} AS email, c.name,
             (SELECT json_agg(json_build_object('k', a."questionKey", 'o', a."optionKeys", 't', a.text, 'n', a.number, 'r', ra.text, 'id', a.id))
                FROM "Answer" a LEFT JOIN "RedactedAnswer" ra ON ra."answerId" = a.id
               WHERE a."responseId" = r.id) AS answers
        FROM "Response" r LEFT JOIN "RespondentContact" c ON c."responseId" = r.id
       WHERE r."consultationId" = ${consultationId} AND r.status = 'SUBMITTED' AND r.id > ${after} ${sliceSql(options.slice ?? {})}
       ORDER BY r.id
       LIMIT ${size}`;
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    read += rows.length;
    yield rows.map((row) => toExportResponse(row, options.personalData, options.campaigns));
    await options.onBatch?.(read);
    if (rows.length < size) return;
  }
}

function toExportResponse(
  { email, name, answers, ...own }: Row,
  personalData: boolean,
  campaigns: ReadonlyMap<string, string>,
): TExportResponse {
  let campaign: string | null = null;
  const mapped: TExportAnswer[] = (answers ?? []).map((a) => {
    if (campaign === null && campaigns.has(a.id)) campaign = campaigns.get(a.id) ?? null;
    // Bidi overrides are made visible: a spreadsheet must not show text reordered (issue #15).
    return {
      questionKey: a.k,
      optionKeys: a.o ?? [],
      text: a.t === null ? null : markBidiControls(a.t),
      number: a.n,
      redactedText: a.r === null ? null : markBidiControls(a.r),
    };
  });
  return {
    ...own,
    campaign,
    respondentName: name,
    contact: personalData && email !== null ? { email, name } : null,
    answers: mapped,
  };
}
