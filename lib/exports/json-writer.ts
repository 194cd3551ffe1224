// JSON export: one streamed array, one object per response keyed by column id, with the column
// labels in a leading "columns" object so the file explains itself. Numbers stay numbers.
import type { TCell, TExportColumn } from "./export-types";

export async function* jsonChunks(
  columns: readonly TExportColumn[],
  batches: AsyncIterable<readonly TCell[][]>,
): AsyncGenerator<string> {
  const labels = Object.fromEntries(columns.map((c) => [c.id, c.label]));
  yield `{"columns":${JSON.stringify(labels)},"responses":[`;
  let first = true;
  for await (const rows of batches) {
    let chunk = "";
    for (const row of rows) {
      const record: Record<string, TCell> = {};
      columns.forEach((c, i) => (record[c.id] = row[i]));
      chunk += (first ? "\n" : ",\n") + JSON.stringify(record);
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield "\n]}\n";
}
