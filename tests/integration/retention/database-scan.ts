// Searches every text, JSON, array and bytea column of every table in the database
// (information_schema) for each value: the proof that the retention schedule left none behind.
import { db } from "@/lib/db";

type Column = { table_name: string; column_name: string; data_type: string };
export type TFound = { table: string; column: string; value: string; rows: number };

export async function scanDatabase(values: readonly string[]): Promise<TFound[]> {
  const columns = await db().$queryRaw<Column[]>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema()
       AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
     ORDER BY table_name, column_name`;
  const found: TFound[] = [];
  for (const c of columns) {
    const column = `"${c.table_name}"."${c.column_name}"`;
    // Bytes are searched as bytes; everything else as its text form, ignoring case.
    const test =
      c.data_type === "bytea"
        ? `position(convert_to($1, 'UTF8') in ${column}) > 0`
        : `${column}::text ILIKE '%' || $1 || '%'`;
    for (const value of values) {
      const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE ${test}`,
        value,
      );
      if (row.n > 0) found.push({ table: c.table_name, column: c.column_name, value, rows: row.n });
    }
  }
  return found;
}
