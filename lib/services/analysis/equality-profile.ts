// The equality profile (issue #9, item 3): counts per characteristic over every submitted
// response of a consultation, with small-cell disclosure control. Deliberately unfiltered and
// never per response: allowing filters would let a reader subtract two filtered profiles and
// recover the cells that suppression hides. Only roles with equality.read (analysts, admins).
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { protectLine, type TCell } from "@/lib/analysis/closed/disclosure";
import { closedQuestions } from "@/lib/analysis/closed/maths";
import { EQUALITY_CONSENT_KEY, equalitySections } from "@/lib/respond/equality-questions";

export type TCharacteristic = {
  key: string;
  title: string;
  multiple: boolean;
  rows: { key: string; label: string; cell: TCell }[];
  total: TCell;
};

// Superset of what any consultation asks: the child questions only have data where asked.
const CHARACTERISTICS = closedQuestions([
  { format: "STANDARD", title: "Equality", sections: equalitySections({ aboutChild: true }) },
]).filter((q) => q.key !== EQUALITY_CONSENT_KEY);

type Row = { q: string; opt: string | null; n: number };

export async function equalityProfile(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<{ base: number; characteristics: TCharacteristic[] }> {
  requirePermission(actor, "equality.read");
  const keys = CHARACTERISTICS.map((c) => c.key);
  // Answers are { optionKey } for one choice and { optionKeys: [...] } for several. The CTEs are
  // inlined (NOT MATERIALIZED) so PostgreSQL may plan them in parallel: 1.4 s against 2.4 s under load.
  const rows = await db().$queryRaw<Row[]>`
    WITH r AS NOT MATERIALIZED (SELECT r.id FROM "Response" r WHERE r."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'),
    v AS NOT MATERIALIZED (
      SELECT q.key AS q, e.answers -> q.key AS val
        FROM r JOIN "EqualityMonitoring" e ON e."responseId" = r.id
        CROSS JOIN unnest(${keys}::text[]) AS q(key)
       WHERE e.answers ? q.key),
    live AS NOT MATERIALIZED (
      SELECT v.q, o.k AS opt, count(*)::int AS n
        FROM v CROSS JOIN LATERAL jsonb_array_elements_text(
          CASE WHEN jsonb_typeof(v.val -> 'optionKeys') = 'array' THEN v.val -> 'optionKeys'
               WHEN v.val ? 'optionKey' THEN jsonb_build_array(v.val -> 'optionKey')
               ELSE '[]'::jsonb END) AS o(k)
       GROUP BY v.q, o.k
      UNION ALL
      SELECT v.q, '', count(*)::int FROM v GROUP BY v.q),
    -- Answers unlinked from their responses by the retention schedule (issue #21) remain as
    -- counts; "" is the number who answered the question.
    tallied AS NOT MATERIALIZED (
      SELECT t."questionKey" AS q, t."optionKey" AS opt, t.n FROM "EqualityTally" t
       WHERE t."consultationId" = ${consultationId} AND t."questionKey" = ANY(${keys}::text[]))
    SELECT q, NULLIF(opt, '') AS opt, sum(n)::int AS n FROM (SELECT * FROM live UNION ALL SELECT * FROM tallied) AS both_
     GROUP BY q, opt
    UNION ALL
    SELECT '', NULL, count(*)::int FROM r`;
  const base = rows.find((r) => r.q === "")?.n ?? 0;
  const count = (q: string, opt: string | null) => rows.find((r) => r.q === q && r.opt === opt)?.n ?? 0;
  const characteristics = CHARACTERISTICS.map((c) => {
    const answered = count(c.key, null);
    // "Not answered" is a cell like any other: it is a count of people too.
    const lines = [
      ...c.options.map((o) => ({ key: o.key, label: o.label, n: count(c.key, o.key) })),
      { key: "", label: "Not answered", n: base - answered },
    ];
    const line = protectLine(lines.map((l) => l.n));
    return {
      key: c.key,
      title: c.title,
      multiple: c.multiple,
      rows: lines.map((l, i) => ({ key: l.key, label: l.label, cell: line.cells[i] })),
      total: line.total,
    };
  });
  return { base, characteristics };
}
