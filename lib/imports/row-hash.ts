// Idempotency (issue #8): each row gets a hash of its content, unique per consultation in the
// database, so importing the same file or the same rows again adds nothing. Column order,
// heading case and spaces around values do not change the hash. Identical rows in one file
// (two children at one event giving the same answers) are different responses, so the hash
// also counts how many identical rows came before it in the file.
import { createHash } from "node:crypto";
import type { TTable } from "./read-table";
import { normalise } from "./targets";

export function rowHashes(table: Pick<TTable, "headers" | "rows">): string[] {
  const headers = table.headers.map(normalise);
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const content = JSON.stringify(
      row
        .map((cell, i) => [headers[i], cell.trim()] as const)
        .filter(([, cell]) => cell !== "")
        .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1)),
    );
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    return createHash("sha256").update(`${occurrence}:${content}`).digest("base64url");
  });
}
