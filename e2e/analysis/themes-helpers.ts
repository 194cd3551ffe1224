// Shared set-up of the themes specs: a closed copy of the seeded adults' consultation with its
// own title, its busiest open question, and counts by plain SQL.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";
import { settled } from "../respond/respond-helpers";

const SLUG = "adult-short-breaks-2018";

export type Question = { key: string; title: string; comments: number };

/** A closed copy with the same questionnaires, responses and answers, and a written (unpublished) outcome. */
export async function closedCopy(): Promise<{ id: string; slug: string; submitted: number }> {
  const s = randomBytes(4).toString("hex");
  const id = `e2ethemes${s}`;
  const slug = `themes-copy-${s}`;
  return withDatabase(async (c) => {
    const {
      rows: [seeded],
    } = await c.query(`SELECT id FROM "Consultation" WHERE slug = $1`, [SLUG]);
    await c.query(`CREATE TEMP TABLE t_c AS SELECT * FROM "Consultation" WHERE id = $1`, [seeded.id]);
    // Its own title, so the public hub specs never mistake this copy for the seeded one.
    await c.query(
      `UPDATE t_c SET id = $1, slug = $2, title = 'Themes test copy ' || $2, stage = 'PUBLISHED', "outcomePublishedAt" = NULL,
         "outcomeDecision" = 'The strategy was agreed.', "outcomeSummary" = 'Most people agreed.', "outcomeChanges" = 'We added transport help.', "outcomeDecidedAt" = now() - interval '1 day'`,
      [id, slug],
    );
    await c.query(`INSERT INTO "Consultation" SELECT * FROM t_c`);
    await c.query(`CREATE TEMP TABLE t_q AS SELECT * FROM "Questionnaire" WHERE "consultationId" = $1`, [seeded.id]);
    await c.query(`UPDATE t_q SET id = id || $1, "consultationId" = $2`, [s, id]);
    await c.query(`INSERT INTO "Questionnaire" SELECT * FROM t_q`);
    await c.query(
      `CREATE TEMP TABLE t_v AS SELECT v.* FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q."consultationId" = $1`,
      [seeded.id],
    );
    await c.query(`UPDATE t_v SET id = id || $1, "questionnaireId" = "questionnaireId" || $1`, [s]);
    await c.query(`INSERT INTO "QuestionnaireVersion" SELECT * FROM t_v`);
    await c.query(`CREATE TEMP TABLE t_r AS SELECT * FROM "Response" WHERE "consultationId" = $1`, [seeded.id]);
    await c.query(
      `UPDATE t_r SET id = id || $1, "consultationId" = $2, "versionId" = "versionId" || $1, reference = reference || '-' || $1,
         "submissionKey" = "submissionKey" || $1, "scanStorageKey" = NULL, "draftTokenHash" = NULL, "receiptTokenHash" = NULL, "importRowHash" = NULL`,
      [s, id],
    );
    await c.query(`INSERT INTO "Response" SELECT * FROM t_r`);
    await c.query(
      `CREATE TEMP TABLE t_a AS SELECT a.* FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."consultationId" = $1`,
      [seeded.id],
    );
    await c.query(`UPDATE t_a SET id = id || $1, "responseId" = "responseId" || $1`, [s]);
    await c.query(`INSERT INTO "Answer" SELECT * FROM t_a`);
    const {
      rows: [{ n }],
    } = await c.query(
      `SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = $1 AND status = 'SUBMITTED'`,
      [id],
    );
    return { id, slug, submitted: n };
  });
}

/** The open question with the most non-blank submitted answers, from the standard questionnaire. */
export async function busiestQuestion(consultationId: string): Promise<Question> {
  return withDatabase(async (c) => {
    const {
      rows: [v],
    } = await c.query(
      `SELECT v.definition FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q."consultationId" = $1 AND q.format = 'STANDARD' ORDER BY v.number DESC LIMIT 1`,
      [consultationId],
    );
    const open = (
      v.definition as { sections: { questions: { key: string; type: string; title: string }[] }[] }
    ).sections
      .flatMap((x) => x.questions)
      .filter((q) => q.type === "longText" || q.type === "shortText");
    const { rows } = await c.query(
      `SELECT a."questionKey" AS key, count(*)::int AS n FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
        WHERE r."consultationId" = $1 AND r.status = 'SUBMITTED' AND btrim(coalesce(a.text, '')) <> '' AND a."questionKey" = ANY($2::text[])
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
      [consultationId, open.map((q) => q.key)],
    );
    return { key: rows[0].key, title: open.find((q) => q.key === rows[0].key)!.title, comments: rows[0].n };
  });
}

export async function count(sql: string, params: unknown[]): Promise<number> {
  return withDatabase(async (c) => (await c.query(sql, params)).rows[0].n as number);
}

export const banner = (page: Page) => page.locator(".govuk-notification-banner--success");

/**
 * A fresh closed copy, an officer signed in, and themes run on its busiest question from the
 * themes index: where the specs that are not about the run itself start. Axe checks both pages.
 */
export async function runThemesAsOfficer(page: Page, checkA11y: (label?: string) => Promise<void>, baseURL: string) {
  const copy = await closedCopy();
  const question = await busiestQuestion(copy.id);
  await signInAs(page.context(), await createStaff("OFFICER"), baseURL);
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes`);
  await checkA11y("themes index");
  await page.getByRole("button", { name: `Run themes on ${question.title}` }).click();
  await expect(banner(page)).toContainText("Themes run");
  await settled(page);
  await checkA11y("codebook after a run");
  return { copy, question };
}
