// Copies of the seeded children's consultation with its published standard questionnaire, for
// specs that need one of their own: closed, or open but untouched by other specs' responses
// and imports. Each copy gets its own title, so the public hub specs find only the seeded one.
import { randomBytes } from "node:crypto";
import { withDatabase } from "./staff-session";

const SEEDED = "short-breaks-children-2018";

export async function copyOfSeeded(options: {
  closed: boolean;
  easyRead?: boolean;
}): Promise<{ id: string; slug: string; title: string }> {
  const suffix = randomBytes(4).toString("hex");
  const id = `e2ecopy${suffix}`;
  const slug = `${options.closed ? "closed" : "open"}-copy-${suffix}`;
  const title = `${options.closed ? "Closed" : "Open"} test copy ${slug}`;
  const dates = options.closed
    ? `"opensAt" = now() - interval '60 days', "closesAt" = now() - interval '20 days'`
    : `"opensAt" = now() - interval '10 days', "closesAt" = now() + interval '30 days'`;
  await withDatabase(async (c) => {
    await c.query(`CREATE TEMP TABLE copy_c AS SELECT * FROM "Consultation" WHERE "slug" = $1`, [SEEDED]);
    await c.query(`UPDATE copy_c SET "id" = $1, "slug" = $2, "title" = $3, ${dates}, "closedEarlyAt" = NULL`, [
      id,
      slug,
      title,
    ]);
    await c.query(`INSERT INTO "Consultation" SELECT * FROM copy_c`);
    // The Easy Read questionnaire too when asked, for specs of the Easy Read journey.
    for (const [format, tag] of [["STANDARD", ""], ...(options.easyRead ? [["EASY_READ", "e"]] : [])]) {
      await c.query(
        `INSERT INTO "Questionnaire" ("id", "consultationId", "format", "draft", "createdAt", "updatedAt")
         SELECT $1, $2, q."format", q."draft", now(), now() FROM "Questionnaire" q JOIN "Consultation" s ON s."id" = q."consultationId" WHERE s."slug" = $3 AND q."format" = $4::text::"QuestionnaireFormat"`,
        [`${id}q${tag}`, id, SEEDED, format],
      );
      await c.query(
        `INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "number", "definition", "publishedAt")
         SELECT $1, $2, 1, v."definition", now() FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId" JOIN "Consultation" s ON s."id" = q."consultationId"
         WHERE s."slug" = $3 AND q."format" = $4::text::"QuestionnaireFormat" ORDER BY v."number" DESC LIMIT 1`,
        [`${id}v${tag}`, `${id}q${tag}`, SEEDED, format],
      );
    }
  });
  return { id, slug, title };
}
