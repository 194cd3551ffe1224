// How many stored answers each question key, and each option within it, has across every
// version of one questionnaire: the evidence diffVersions needs to refuse breaking changes
// (issue #5 "Versioning"). Drafts count too: an unfinished response resumes against the new
// version, so deleting a question it answered would lose that answer just the same.
import "server-only";
import { optionAnswerKey } from "@/lib/questionnaire/definition/version-diff";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Reader = Pick<PrismaClient, "$queryRaw">;

export async function answerCounts(client: Reader, questionnaireId: string): Promise<Map<string, number>> {
  // One grouped pass per level in SQL, so a consultation with thousands of responses costs two
  // index scans rather than loading every answer row into Node.
  const rows = await client.$queryRaw<{ questionKey: string; optionKey: string | null; n: number }[]>`
    SELECT a."questionKey", NULL AS "optionKey", count(*)::int AS n
      FROM "Answer" a
      JOIN "Response" r ON r.id = a."responseId"
      JOIN "QuestionnaireVersion" v ON v.id = r."versionId"
     WHERE v."questionnaireId" = ${questionnaireId}
     GROUP BY a."questionKey"
    UNION ALL
    SELECT a."questionKey", o.k AS "optionKey", count(*)::int AS n
      FROM "Answer" a
      JOIN "Response" r ON r.id = a."responseId"
      JOIN "QuestionnaireVersion" v ON v.id = r."versionId"
      CROSS JOIN LATERAL unnest(a."optionKeys") AS o(k)
     WHERE v."questionnaireId" = ${questionnaireId}
     GROUP BY a."questionKey", o.k`;
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(row.optionKey === null ? row.questionKey : optionAnswerKey(row.questionKey, row.optionKey), row.n);
  return counts;
}
