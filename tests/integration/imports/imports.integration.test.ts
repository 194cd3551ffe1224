// Bulk import (issue #8 part 2) against PostgreSQL: the dry run saves nothing and reports each
// bad row precisely; importing the valid rows tags them by channel and links them to the
// import; importing the same file or rows again adds nothing; roll back deletes exactly the
// import's responses, audited, and refuses when there is nothing to roll back; malformed
// files are refused as a whole with a specific message and nothing stored.
import crypto from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkImport } from "@/lib/services/imports/check-import";
import { createImport, type TImportFile } from "@/lib/services/imports/create-import";
import { loadImport } from "@/lib/services/imports/import-record";
import { rollbackImport } from "@/lib/services/imports/rollback-import";
import { processImport, startImport } from "@/lib/services/imports/run-import";
import { BAD_ROWS, GOOD_AND_BAD_CSV, GOOD_ROWS } from "@/tests/support/import-files";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

let officer: StaffPrincipal;
let analyst: StaffPrincipal;

async function staff(role: "OFFICER" | "ANALYST"): Promise<StaffPrincipal> {
  const email = `import-${role.toLowerCase()}-${crypto.randomBytes(4).toString("hex")}@council.example`;
  const user = await db().user.create({ data: { email, name: `Import ${role}`, role } });
  return { id: user.id, email, name: user.name, role };
}

beforeAll(async () => {
  officer = await staff("OFFICER");
  analyst = await staff("ANALYST");
});

const csv = (text: string, name = "event.csv"): TImportFile => ({ name, bytes: new TextEncoder().encode(text) });

/** Upload → dry run with the automatic mapping → the import's id and report. */
async function uploadAndCheck(fixture: TFixture, file: TImportFile) {
  const { importId } = await createImport(officer, { consultationId: fixture.consultationId, channel: "EVENT" }, file);
  const record = await loadImport(fixture.consultationId, importId);
  const report = await checkImport(officer, {
    consultationId: fixture.consultationId,
    importId,
    mapping: record.mapping!,
  });
  return { importId, report };
}

async function importRows(fixture: TFixture, importId: string, onlyValid = true) {
  await startImport(officer, { consultationId: fixture.consultationId, importId, onlyValid });
  await processImport(officer, importId);
  return loadImport(fixture.consultationId, importId);
}

const responses = (fixture: TFixture) => db().response.count({ where: { consultationId: fixture.consultationId } });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors?.file?.[0] ?? (error as AppError).message;
}

describe("bulk import of responses", () => {
  it("dry-runs without saving, reports each bad row precisely, and refuses to import all rows", async () => {
    const fixture = await createConsultation();
    const { importId, report } = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    expect(report).toMatchObject({ rows: 5, valid: GOOD_ROWS, invalid: 2, duplicates: 0, errorCount: 2 });
    expect(report.errors).toHaveLength(2);
    for (const [i, bad] of BAD_ROWS.entries()) {
      expect(report.errors[i]).toMatchObject({ row: bad.row, column: bad.column, value: bad.value });
      expect(report.errors[i].problem).toContain(bad.problem);
    }
    expect(await responses(fixture)).toBe(0);
    expect(
      await refusal(startImport(officer, { consultationId: fixture.consultationId, importId, onlyValid: false })),
    ).toContain("You cannot import all rows: 2 rows have errors");
    expect(await responses(fixture)).toBe(0);
  });

  it("imports only the valid rows, tagged by channel and linked to the import, then never duplicates them", async () => {
    const fixture = await createConsultation();
    const first = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    const done = await importRows(fixture, first.importId);
    expect(done).toMatchObject({ status: "IMPORTED", importedCount: 3, rejectedCount: 2, duplicateCount: 0 });
    const stored = await db().response.findMany({
      where: { consultationId: fixture.consultationId },
      include: { answers: true },
      orderBy: { reference: "asc" },
    });
    expect(stored).toHaveLength(3);
    for (const r of stored) {
      expect(r).toMatchObject({
        channel: "EVENT",
        status: "SUBMITTED",
        importId: first.importId,
        enteredById: officer.id,
        versionId: fixture.versionId,
      });
      expect(r.reference).toMatch(/^SB-/);
    }
    const parent = stored.find((r) => r.respondentType === "parent-carer")!;
    expect(parent.answers.find((a) => a.questionKey === "more-of")?.optionKeys).toEqual([
      "care-at-home",
      "holiday-activities",
    ]);
    expect(parent.answers.find((a) => a.questionKey === "postcode")?.text).toBe("HP20");
    expect(
      stored.find((r) => r.respondentType === "professional")!.answers.find((a) => a.questionKey === "anything-else")
        ?.text,
    ).toBe('She said "more" money');

    // The same file again: the dry run says so, and the import adds nothing.
    const again = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV, "event-again.csv"));
    expect(again.report).toMatchObject({ valid: 3, duplicates: 3 });
    expect(await importRows(fixture, again.importId)).toMatchObject({
      status: "IMPORTED",
      importedCount: 0,
      duplicateCount: 3,
    });
    // The same rows in another order, with other spacing and column order: still the same rows.
    const reordered =
      "How much do you agree with this vision for short breaks?,postcode,respondent type\n strongly-agree ,HP19,young-person\nagree,HP19,  young-person \n";
    const third = await uploadAndCheck(fixture, csv(reordered, "partner.csv"));
    expect(third.report).toMatchObject({ valid: 2, duplicates: 1 });
    expect(await importRows(fixture, third.importId)).toMatchObject({ importedCount: 1, duplicateCount: 1 });
    expect(await responses(fixture)).toBe(4);
  });

  it("rolls an import back as a whole, audited, and refuses when there is nothing to roll back", async () => {
    const fixture = await createConsultation();
    const { importId } = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    expect(await refusal(rollbackImport(officer, { consultationId: fixture.consultationId, importId }))).toContain(
      "nothing to roll back",
    );
    await importRows(fixture, importId);
    const answersBefore = await db().answer.count({ where: { response: { importId } } });
    expect(answersBefore).toBeGreaterThan(0);
    await expect(rollbackImport(analyst, { consultationId: fixture.consultationId, importId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await rollbackImport(officer, { consultationId: fixture.consultationId, importId })).toEqual({ deleted: 3 });
    expect(await responses(fixture)).toBe(0);
    expect(await db().answer.count({ where: { response: { importId } } })).toBe(0);
    expect((await loadImport(fixture.consultationId, importId)).status).toBe("ROLLED_BACK");
    const audit = await db().auditEvent.findFirst({ where: { action: "import.rollback", targetId: importId } });
    expect(audit).toMatchObject({ actorId: officer.id });
    expect(await refusal(rollbackImport(officer, { consultationId: fixture.consultationId, importId }))).toContain(
      "nothing to roll back",
    );
    // Rolled back rows can be imported again.
    const again = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    expect(again.report.duplicates).toBe(0);
  });

  it("refuses an import that adds nothing from being rolled back", async () => {
    const fixture = await createConsultation();
    const first = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    await importRows(fixture, first.importId);
    const second = await uploadAndCheck(fixture, csv(GOOD_AND_BAD_CSV));
    await importRows(fixture, second.importId);
    expect(
      await refusal(rollbackImport(officer, { consultationId: fixture.consultationId, importId: second.importId })),
    ).toContain("nothing to roll back");
    expect(await responses(fixture)).toBe(3);
  });

  describe("malformed files are refused with a clear message and nothing is saved", () => {
    const cases: [string, TImportFile, string][] = [
      [
        "Latin-1",
        {
          name: "latin1.csv",
          bytes: Uint8Array.from([...Buffer.from("respondent-type,anything-else\nparent-carer,Caf"), 0xe9, 0x0a]),
        },
        "not UTF-8 encoded",
      ],
      [
        "UTF-16 without a byte order mark",
        { name: "utf16.csv", bytes: new Uint8Array(Buffer.from("respondent-type\nparent-carer\n", "utf16le")) },
        "UTF-16 text without a byte order mark",
      ],
      ["a header-only file", csv("respondent-type,postcode\r\n\r\n"), "column headings but no rows"],
      ["an empty file", csv(""), "Select a CSV or Excel file"],
      [
        "a 50 MB file",
        { name: "huge.csv", bytes: new Uint8Array(50 * 1024 * 1024).fill(0x61) },
        "must be smaller than 20 MB",
      ],
      [
        "a broken workbook",
        { name: "broken.xlsx", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
        "not a valid Excel workbook",
      ],
      ["an unclosed quote", csv('respondent-type,anything-else\nparent-carer,"never closed\n'), "never closed"],
    ];
    it.each(cases)("%s", async (_label, file, message) => {
      const fixture = await createConsultation();
      expect(
        await refusal(createImport(officer, { consultationId: fixture.consultationId, channel: "PAPER" }, file)),
      ).toContain(message);
      expect(await db().responseImport.count({ where: { consultationId: fixture.consultationId } })).toBe(0);
      expect(await responses(fixture)).toBe(0);
    });

    it("reads a UTF-16 file with a byte order mark", async () => {
      const fixture = await createConsultation();
      const bytes = new Uint8Array(
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from("respondent-type,anything-else\nparent-carer,Café\n", "utf16le"),
        ]),
      );
      const { report } = await uploadAndCheck(fixture, { name: "unicode.csv", bytes });
      expect(report).toMatchObject({ rows: 1, valid: 1 });
    });
  });

  it("reads XLSX, refusing formula cells and unknown options row by row, never evaluating them", async () => {
    const fixture = await createConsultation();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Responses");
    sheet.addRow(["respondent-type", "vision-agree", "anything-else"]);
    sheet.addRow(["parent-carer", "Agree", "Fine"]);
    sheet.addRow(["young-person", "Agree", { formula: 'HYPERLINK("http://evil.example","Click")', result: "Click" }]);
    sheet.addRow(["professional", "Not an option", "-"]);
    sheet.addRow(["professional", "agree", "@SUM(A1)"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { report } = await uploadAndCheck(fixture, { name: "event.xlsx", bytes });
    expect(report).toMatchObject({ rows: 4, valid: 1, invalid: 3 });
    expect(report.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, "anything-else", '=HYPERLINK("http://evil.example","Click")'],
      [4, "vision-agree", "Not an option"],
      [4, "anything-else", "-"],
      [5, "anything-else", "@SUM(A1)"],
    ]);
    expect(await responses(fixture)).toBe(0);
  });
});
