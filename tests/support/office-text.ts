// Opens a generated office file (DOCX, XLSX) as a user's software does: LibreOffice converts it
// to PDF and pdftotext reads the PDF back, so tests assert on what a reader would see. Each call
// uses its own LibreOffice profile (parallel conversions otherwise lock one another out) and
// removes it and the working folder afterwards, whether or not the conversion worked.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The text of `bytes` (saved as `fileName`, whose extension tells LibreOffice the format) once
 * converted to PDF, with runs of spaces and tabs collapsed to one space. `layout` keeps the
 * page's columns side by side (pdftotext -layout); `raw` gives the content stream order.
 */
export async function officeFileText(bytes: Uint8Array, fileName: string, mode: "layout" | "raw"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "hys-office-"));
  const profile = path.join(os.tmpdir(), `lo-${crypto.randomBytes(6).toString("hex")}`);
  try {
    const file = path.join(dir, fileName);
    await fs.writeFile(file, bytes);
    await run(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", dir, file],
      { timeout: 120_000 },
    );
    const pdf = path.join(dir, `${path.parse(fileName).name}.pdf`);
    const { stdout } = await run("pdftotext", [`-${mode}`, pdf, "-"]);
    return stdout.replace(/[ \t]+/g, " ");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(profile, { recursive: true, force: true });
  }
}
