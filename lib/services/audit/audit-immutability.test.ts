// "Audit rows cannot be edited or deleted through the app": no code outside tests and
// scripts calls an update or delete on AuditEvent, in any form Prisma offers.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const WRITES =
  /auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany|updateManyAndReturn)\b|(UPDATE|DELETE\s+FROM)\s+"?AuditEvent"?/i;

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") sources(full, out);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

// Events past the council's audit retention period (issue #21) are the one exception.
const RETENTION = path.join("lib", "services", "retention", "audit-expiry.ts");

describe("the audit trail", () => {
  it("is never updated or deleted by application code, except past its retention period", () => {
    const offenders = ["app", "lib", "components"]
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .filter((file) => WRITES.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([RETENTION]);
  });
});
