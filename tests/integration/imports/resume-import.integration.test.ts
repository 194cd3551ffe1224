// Continuing an import after a restart (issues #8, #19): an instance that dies between chunks
// leaves the import IMPORTING with its committed chunks saved and its lease running out. Once the
// lease has ended, another instance claims it and carries on from the last committed chunk, and
// the row hashes make sure nothing is written twice. The dry run's validated rows are what the
// import writes.
import crypto from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { checkImport } from "@/lib/services/imports/check-import";
import { loadCheckedRows, saveCheckedRows } from "@/lib/services/imports/checked-rows";
import { createImport } from "@/lib/services/imports/create-import";
import { loadImport } from "@/lib/services/imports/import-record";
import { processImport, startImport } from "@/lib/services/imports/run-import";
import { claimJob } from "@/lib/services/jobs/job-lease";
import { runClaimedJob } from "@/lib/services/jobs/job-worker";
import { GOOD_AND_BAD_CSV } from "@/tests/support/import-files";
import { createConsultation } from "../respond/respond-fixtures";

let officer: StaffPrincipal;

beforeAll(async () => {
  const email = `resume-officer-${crypto.randomBytes(4).toString("hex")}@council.example`;
  const user = await db().user.create({ data: { email, name: "Resume Officer", role: "OFFICER" } });
  officer = { id: user.id, email, name: user.name, role: "OFFICER" };
});

it("keeps the dry run's valid rows, and another instance continues an import from its last chunk without duplicates", async () => {
  const fixture = await createConsultation();
  const ids = { consultationId: fixture.consultationId };
  const file = { name: "event.csv", bytes: new TextEncoder().encode(GOOD_AND_BAD_CSV) };
  const { importId } = await createImport(officer, { ...ids, channel: "PAPER" }, file);
  const report = await checkImport(officer, {
    ...ids,
    importId,
    mapping: (await loadImport(ids.consultationId, importId)).mapping!,
  });
  const checked = await loadCheckedRows(importId, report.checkId);
  expect(checked).toHaveLength(3);
  expect(checked![1].answers["respondent-type"]).toEqual({ optionKey: "young-person" });

  await startImport(officer, { ...ids, importId, onlyValid: true });
  await processImport(officer, importId, { chunkRows: 2 });
  expect(await loadImport(ids.consultationId, importId)).toMatchObject({ status: "IMPORTED", importedCount: 3 });
  // Finished imports do not keep the rows.
  expect(await loadCheckedRows(importId, report.checkId)).toBeNull();

  // What instance a dying after the first chunk leaves: the second chunk's response never
  // written, the record IMPORTING at 2 of 3 rows, under a's lease, which has just ended.
  const last = await db().response.findFirstOrThrow({ where: { importId, importRowHash: checked![2].hash } });
  await db().response.delete({ where: { id: last.id } });
  const checkId = await saveCheckedRows(importId, checked!);
  await db().responseImport.update({
    where: { id: importId },
    data: {
      status: "IMPORTING",
      importedAt: null,
      processedCount: 2,
      importedCount: 2,
      report: { ...report, checkId },
      leaseOwner: "a",
      leaseToken: "a-claim",
      leaseUntil: new Date(Date.now() - 1_000),
      attempts: 1,
    },
  });

  // Instance b takes it over; a, were it still writing, could no longer move it.
  const claim = await claimJob("import", { owner: "b", leaseMs: 60_000, consultationId: ids.consultationId });
  expect(claim).toMatchObject({ id: importId, attempts: 2 });
  expect(await processImport(officer, importId, { chunkRows: 2, leaseToken: "a-claim" })).toBe("stopped");
  await runClaimedJob(claim!);

  const done = await loadImport(ids.consultationId, importId);
  expect(done).toMatchObject({
    status: "IMPORTED",
    processedCount: 3,
    importedCount: 3,
    duplicateCount: 0,
    leaseOwner: "b",
    leaseToken: null,
  });
  const stored = await db().response.findMany({
    where: { consultationId: ids.consultationId },
    select: { importRowHash: true, _count: { select: { answers: true } } },
  });
  expect(stored.map((r) => r.importRowHash).sort()).toEqual(checked!.map((r) => r.hash).sort());
  for (const r of stored) expect(r._count.answers).toBeGreaterThan(0);
  // Recorded under the officer who started it, whichever instance wrote it.
  expect(
    await db().auditEvent.count({ where: { action: "import.run", targetId: importId, actorId: officer.id } }),
  ).toBe(2);
});

it("continues from the start without duplicating rows a crashed chunk had already committed", async () => {
  const fixture = await createConsultation();
  const ids = { consultationId: fixture.consultationId };
  const file = { name: "event.csv", bytes: new TextEncoder().encode(GOOD_AND_BAD_CSV) };
  const { importId } = await createImport(officer, { ...ids, channel: "EVENT" }, file);
  await checkImport(officer, { ...ids, importId, mapping: (await loadImport(ids.consultationId, importId)).mapping! });
  await startImport(officer, { ...ids, importId, onlyValid: true });
  await processImport(officer, importId);
  // As if the counters had been lost while every row was written: running again adds nothing.
  await db().responseImport.update({
    where: { id: importId },
    data: { status: "IMPORTING", processedCount: 0, importedCount: 0 },
  });
  await processImport(officer, importId);
  expect(await loadImport(ids.consultationId, importId)).toMatchObject({
    status: "IMPORTED",
    importedCount: 3,
    duplicateCount: 0,
  });
  expect(await db().response.count({ where: { consultationId: ids.consultationId } })).toBe(3);
});
