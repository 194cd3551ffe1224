// Unlinking equality monitoring answers (issue #21): submitted responses' answers become counts
// (EqualityTally) in the same statement that deletes them, so the equality profile is the same
// before and after and no row ties a characteristic to a response; anything else's (drafts,
// withdrawn responses) is simply deleted, as the profile never counted it.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** One batch of a consultation (or of some of its responses); how many rows it unlinked. */
export async function unlinkEqualityBatch(
  consultationId: string,
  batchSize: number,
  responseIds?: readonly string[],
): Promise<number> {
  const only = responseIds ? Prisma.sql`AND r."id" = ANY(${[...responseIds]}::text[])` : Prisma.empty;
  const [row] = await db().$queryRaw<{ n: number }[]>`
    WITH picked AS (
      SELECT e."id", r."status" FROM "EqualityMonitoring" e JOIN "Response" r ON r."id" = e."responseId"
       WHERE r."consultationId" = ${consultationId} ${only}
       LIMIT ${batchSize} FOR UPDATE OF e SKIP LOCKED),
    gone AS (
      DELETE FROM "EqualityMonitoring" e USING picked p WHERE e."id" = p."id" RETURNING e."answers", p."status"),
    kv AS (
      SELECT k.key AS q, k.value AS val FROM gone CROSS JOIN LATERAL jsonb_each(gone."answers") AS k WHERE gone."status" = 'SUBMITTED'),
    opts AS (
      SELECT q, '' AS opt FROM kv
      UNION ALL
      SELECT q, o.k FROM kv CROSS JOIN LATERAL jsonb_array_elements_text(
        CASE WHEN jsonb_typeof(val -> 'optionKeys') = 'array' THEN val -> 'optionKeys'
             WHEN val ? 'optionKey' THEN jsonb_build_array(val -> 'optionKey')
             ELSE '[]'::jsonb END) AS o(k)),
    added AS (
      INSERT INTO "EqualityTally" ("consultationId", "questionKey", "optionKey", "n")
      SELECT ${consultationId}, q, opt, count(*)::int FROM opts GROUP BY q, opt
      ON CONFLICT ("consultationId", "questionKey", "optionKey") DO UPDATE SET "n" = "EqualityTally"."n" + EXCLUDED."n"
      RETURNING 1)
    SELECT (SELECT count(*) FROM gone)::int AS n, (SELECT count(*) FROM added)::int AS tallies`;
  return row.n;
}
