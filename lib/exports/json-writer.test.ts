import { describe, expect, it } from "vitest";
import { exportColumns } from "./export-columns";
import { answer, EXPORT_DEFINITION, exportResponse } from "./export-fixtures";
import { exportRow } from "./export-rows";
import type { TCell } from "./export-types";
import { jsonChunks } from "./json-writer";

async function* batches(rows: TCell[][][]) {
  yield* rows;
}

describe("jsonChunks", () => {
  const columns = exportColumns([EXPORT_DEFINITION], { freeText: true, personalData: false });
  const row = (why: string) =>
    exportRow(columns, exportResponse({ answers: [answer("why", { text: why }), answer("age", { number: 7 })] }), {
      originalText: true,
    });

  it("streams one valid JSON document across batches, numbers as numbers", async () => {
    let text = "";
    for await (const chunk of jsonChunks(columns, batches([[row("Diolch 👍")], [], [row('"quoted"\nnext line')]])))
      text += chunk;
    const parsed = JSON.parse(text) as { columns: Record<string, string>; responses: Record<string, TCell>[] };
    expect(parsed.columns["uses.club"]).toBe("What do you use?: Holiday club");
    expect(parsed.responses.map((r) => r.why)).toEqual(["Diolch 👍", '"quoted"\nnext line']);
    expect(parsed.responses[0].age).toBe(7);
  });

  it("writes an empty array when there are no responses", async () => {
    let text = "";
    for await (const chunk of jsonChunks(columns, batches([]))) text += chunk;
    expect(JSON.parse(text).responses).toEqual([]);
  });
});
