// The one place the app removes audit events (issue #21): those older than the council's audit
// retention period, which the retention settings screen sets (6 years by default). The
// immutability test (lib/services/audit/audit-immutability.test.ts) allows this file alone.
import "server-only";
import { db } from "@/lib/db";

export async function deleteExpiredAuditEvents(
  before: Date,
  batchSize: number,
  stopping: () => boolean,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    if (stopping()) return deleted;
    const count = await db().$executeRaw`
      DELETE FROM "AuditEvent" WHERE "id" IN (
        SELECT "id" FROM "AuditEvent" WHERE "createdAt" < ${before} ORDER BY "createdAt" LIMIT ${batchSize})`;
    if (count === 0) return deleted;
    deleted += count;
  }
}
