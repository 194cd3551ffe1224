// Builds a responses export (CSV, XLSX or JSON) as a stream, batch by batch from the database.
// Callers authorise first (authoriseDownload); this module only reads what the options allow.
import "server-only";
import { PassThrough, Readable, type Writable } from "node:stream";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { csvChunks } from "@/lib/exports/csv-writer";
import { exportColumns } from "@/lib/exports/export-columns";
import { exportRow } from "@/lib/exports/export-rows";
import type { TCell, TExportColumn } from "@/lib/exports/export-types";
import { jsonChunks } from "@/lib/exports/json-writer";
import { writeXlsx, type TXlsxSheet } from "@/lib/exports/xlsx-writer";
import { CHANNEL_LABELS, type TChannel } from "@/lib/respond/channels";
import { AppError } from "@/lib/errors";
import type { TExportFormat, TExportOptions } from "@/lib/validation/downloads";
import { analysisDefinitions } from "../analysis/scope";
import { campaignLabels, responseBatches, type TExportSlice } from "./export-source";
import { THEMES_HEADER, themeBatches } from "./export-themes";

export type TExportSpec = { consultationId: string; format: TExportFormat } & Omit<TExportOptions, "format" | "reason">;

export const EXPORT_CONTENT_TYPES: Record<TExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

export async function countSubmitted(consultationId: string): Promise<number> {
  return db().response.count({ where: { consultationId, status: "SUBMITTED" } });
}

export async function exportFileName(spec: Pick<TExportSpec, "consultationId" | "format">): Promise<string> {
  const c = await db().consultation.findUnique({ where: { id: spec.consultationId }, select: { slug: true } });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  return `${c.slug}-responses.${spec.format}`;
}

type Progress = (read: number) => Promise<void> | void;

async function* rowBatches(
  spec: TExportSpec,
  columns: readonly TExportColumn[],
  campaigns: ReadonlyMap<string, string>,
  slice?: TExportSlice,
  onBatch?: Progress,
) {
  for await (const batch of responseBatches(spec.consultationId, {
    personalData: spec.personalData,
    campaigns,
    slice,
    onBatch,
  })) {
    yield batch.map((r) => exportRow(columns, r, spec));
  }
}

/** XLSX sheets: Easy Read, standard online, then one per other channel that has responses. */
async function responseSheets(consultationId: string): Promise<(TExportSlice & { name: string; count: number })[]> {
  const groups = await db().response.groupBy({
    by: ["format", "channel"],
    where: { consultationId, status: "SUBMITTED" },
    _count: { _all: true },
  });
  const count = (match: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(match).reduce((sum, g) => sum + g._count._all, 0);
  const others = [
    ...new Set(groups.filter((g) => g.format === "STANDARD" && g.channel !== "ONLINE").map((g) => g.channel)),
  ].sort();
  return [
    {
      name: "Standard online",
      format: "STANDARD" as const,
      channels: ["ONLINE"],
      count: count((g) => g.format === "STANDARD" && g.channel === "ONLINE"),
    },
    { name: "Easy Read", format: "EASY_READ" as const, count: count((g) => g.format === "EASY_READ") },
    ...others.map((channel) => ({
      name: CHANNEL_LABELS[channel as TChannel] ?? channel,
      format: "STANDARD" as const,
      channels: [channel],
      count: count((g) => g.format === "STANDARD" && g.channel === channel),
    })),
  ];
}

/** Writes the export into `output`; `onProgress` hears the running count of responses written. */
export async function writeExport(spec: TExportSpec, output: Writable, onProgress?: Progress): Promise<void> {
  const { standard } = await analysisDefinitions(spec.consultationId);
  const columns = exportColumns(standard, spec);
  const campaigns = await campaignLabels(spec.consultationId);
  if (spec.format === "xlsx") {
    const c = await db().consultation.findUniqueOrThrow({
      where: { id: spec.consultationId },
      select: { title: true },
    });
    const sheets = await responseSheets(spec.consultationId);
    const bases = sheets.map((_, i) => sheets.slice(0, i).reduce((sum, s) => sum + s.count, 0));
    const summary: [string, TCell][] = [
      ["Consultation", c.title],
      ["Exported (UTC)", now().toISOString()],
      ["Responses (submitted)", sheets.reduce((sum, s) => sum + s.count, 0)],
      ...sheets.map((s): [string, TCell] => [`Responses: ${s.name}`, s.count]),
      [
        "Free text",
        spec.freeText ? (spec.originalText ? "Included, original text" : "Included, redacted") : "Not included",
      ],
      ["Personal data", spec.personalData ? "Included" : "Not included"],
      ["Header rows", "Row 1: column names (question keys). Row 2: question text."],
    ];
    const content: TXlsxSheet[] = sheets.map((s, i) => ({
      name: s.name,
      // Progress runs across sheets: each sheet adds its count to those before it.
      batches: () => rowBatches(spec, columns, campaigns, s, (read) => onProgress?.(bases[i] + read)),
    }));
    await writeXlsx(output, {
      summary,
      columns,
      responseSheets: content,
      themes: { header: THEMES_HEADER, batches: () => themeBatches(spec.consultationId) },
    });
    return;
  }
  const batches = rowBatches(spec, columns, campaigns, undefined, onProgress);
  const chunks = spec.format === "csv" ? csvChunks(columns, batches) : jsonChunks(columns, batches);
  for await (const chunk of chunks) {
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
  }
  output.end();
}

/** The export as a web stream for a route handler's Response body. */
export function exportWebStream(spec: TExportSpec): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  writeExport(spec, output).catch((error: unknown) => {
    console.error("[export] failed", spec.consultationId, error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
