// Which responses an analysis covers, as a SQL condition on "Response" r: submitted responses
// of one consultation (drafts and withdrawn ones are not evidence), narrowed by the filters.
// Every value is a bound parameter; only fixed identifiers are written into the SQL.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import type { TAnalysisFilter } from "@/lib/validation/analysis-filter";

export function responseScope(
  consultationId: string,
  filter: TAnalysisFilter,
  postcodeKeys: readonly string[],
): Prisma.Sql {
  const parts = [Prisma.sql`r."consultationId" = ${consultationId}`, Prisma.sql`r.status = 'SUBMITTED'`];
  if (filter.channel) parts.push(Prisma.sql`r.channel::text = ${filter.channel}`);
  if (filter.format) parts.push(Prisma.sql`r.format::text = ${filter.format}`);
  if (filter.completedHow) parts.push(Prisma.sql`r."completedHow"::text = ${filter.completedHow}`);
  if (filter.respondentType) parts.push(Prisma.sql`r."respondentType" = ${filter.respondentType}`);
  if (filter.district) {
    // Postcodes are stored as the district ("HP20") or in full ("HP20 1UA"): the part before the space.
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Answer" p WHERE p."responseId" = r.id
      AND p."questionKey" = ANY(${[...postcodeKeys]}::text[])
      AND upper(split_part(btrim(p.text), ' ', 1)) = ${filter.district})`);
  }
  if (filter.campaign) {
    const ids = filter.campaign.responseIds;
    parts.push(
      filter.campaign.mode === "include"
        ? Prisma.sql`r.id = ANY(${ids}::text[])`
        : Prisma.sql`NOT (r.id = ANY(${ids}::text[]))`,
    );
  }
  return Prisma.join(parts, " AND ");
}

export type TAnalysisDefinitions = { standard: TQuestionnaireDefinition[]; postcodeKeys: string[] };

/** The consultation's standard questionnaire versions, newest first (Easy Read answers are stored under their keys). */
export async function analysisDefinitions(consultationId: string): Promise<TAnalysisDefinitions> {
  const versions = await db().questionnaireVersion.findMany({
    where: { questionnaire: { consultationId, format: "STANDARD" } },
    orderBy: { number: "desc" },
    select: { definition: true },
  });
  const standard = versions.flatMap((v) => {
    const parsed = ZQuestionnaireDefinition.safeParse(v.definition);
    return parsed.success ? [parsed.data] : [];
  });
  const postcodeKeys = [
    ...new Set(
      standard.flatMap((d) =>
        d.sections.flatMap((s) => s.questions.filter((q) => q.type === "postcode").map((q) => q.key)),
      ),
    ),
  ];
  return { standard, postcodeKeys };
}
