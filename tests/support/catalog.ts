// A column-order-independent description of a database's schema, read from the catalogs.
// Why not introspection: the wasm engine cannot introspect ("char" columns), and pg_dump
// would report column order, which legitimately differs after ALTER TABLE ... ADD COLUMN.
import pg from "pg";

const QUERIES = {
  columns: `select table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '') as d
              from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
              order by 1, 2`,
  constraints: `select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def
                  from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> '_prisma_migrations'
                  order by 1, 2`,
  indexes: `select tablename, indexname, indexdef from pg_indexes
              where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1, 2`,
  enums: `select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
            from pg_type t join pg_enum e on e.enumtypid = t.oid
            join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' group by 1 order by 1`,
};

export async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(QUERIES)) {
      const { rows } = await client.query(sql);
      out[name] = rows.map((r) => Object.values(r).join(" | "));
    }
    return out;
  } finally {
    await client.end();
  }
}
