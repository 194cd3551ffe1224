// The timed part of exports.bench.ts, in its own process so its peak RSS is the export's own:
// writes one consultation's responses export (default options: redacted free text, no personal
// data) to a temporary file through the app's service, then prints time, size and max RSS.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { db } from "@/lib/db";
import { writeExport } from "@/lib/services/exports/build-export";
import type { TExportFormat } from "@/lib/validation/downloads";
import { runCli } from "../lib/cli";

const TARGETS: Record<string, string> = { csv: "<= 30 s, peak RSS < 300 MB", xlsx: "no target; shown for comparison" };

async function main() {
  const [consultationId, format] = process.argv.slice(2) as [string, TExportFormat];
  const file = path.join(os.tmpdir(), `hys-export-bench-${process.pid}.${format}`);
  // What the process holds before exporting anything (Node, tsx, Prisma, the app's modules).
  const baseMb = process.memoryUsage().rss / 1_048_576;
  const output = new PassThrough();
  const written = pipeline(output, fs.createWriteStream(file));
  let responses = 0;
  const started = performance.now();
  await writeExport(
    { consultationId, format, freeText: true, originalText: false, personalData: false },
    output,
    (read) => {
      responses = read;
    },
  );
  await written;
  const seconds = (performance.now() - started) / 1000;
  const size = fs.statSync(file).size;
  fs.rmSync(file, { force: true });
  // maxRSS is in kilobytes.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${format.toUpperCase()} export: ${responses.toLocaleString("en-GB")} responses, ${(size / 1_048_576).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(responses / seconds).toLocaleString("en-GB")} responses/s), peak RSS ${peakMb.toFixed(0)} MB, ${baseMb.toFixed(0)} MB before the export began (target ${TARGETS[format]})`,
  );
  await db().$disconnect();
}

runCli(main);
