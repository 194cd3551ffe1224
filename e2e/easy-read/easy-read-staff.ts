// A private copy of the seeded children's consultation for Easy Read staff specs, so builder
// edits never touch what the public Easy Read spec answers. Copied row by row in SQL, keeping
// every column the seed filled, with new ids, a new web address and title, and the stage back to draft.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { SLUG } from "../respond/respond-helpers";

export async function copySeededConsultation(label: string): Promise<{ id: string; slug: string }> {
  const id = `e2e${label}${randomBytes(6).toString("hex")}`;
  const slug = `e2e-${label}-${randomBytes(3).toString("hex")}`;
  await withDatabase(async (db) => {
    await db.query(`CREATE TEMP TABLE c AS SELECT * FROM "Consultation" WHERE "slug" = $1`, [SLUG]);
    // A title of its own: a copy that a spec publishes must not be mistaken for the seeded
    // consultation by the public hub specs, which find it by its title.
    await db.query(`UPDATE c SET "id" = $1, "slug" = $2, "title" = $3, "stage" = 'DRAFT', "publishedAt" = NULL`, [
      id,
      slug,
      `Easy Read test copy ${label} ${slug}`,
    ]);
    await db.query(`INSERT INTO "Consultation" SELECT * FROM c`);
    await db.query(
      `CREATE TEMP TABLE q AS SELECT q.* FROM "Questionnaire" q JOIN "Consultation" s ON s."id" = q."consultationId" WHERE s."slug" = $1`,
      [SLUG],
    );
    await db.query(`UPDATE q SET "id" = $1 || lower("format"::text), "consultationId" = $1`, [id]);
    await db.query(`INSERT INTO "Questionnaire" SELECT * FROM q`);
  });
  return { id, slug };
}

/** The draft definition of one of the copy's questionnaires, as the builder saved it. */
export async function draftOf(consultationId: string, format: "STANDARD" | "EASY_READ") {
  return withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT "draft" FROM "Questionnaire" WHERE "consultationId" = $1 AND "format" = $2`,
      [consultationId, format],
    );
    return rows[0].draft as {
      sections: {
        questions: {
          key: string;
          image?: string;
          answersKey?: string;
          optionMap?: Record<string, string | null>;
          options?: { key: string; image?: string }[];
        }[];
      }[];
    };
  });
}

/** Presses a control with the keyboard: focus, then Enter (buttons) or Space (radios, checkboxes). */
export async function keyPress(
  page: Page,
  locator: ReturnType<Page["locator"]>,
  key: "Enter" | "Space" = "Enter",
): Promise<void> {
  // As a keyboard user does: wait until the control can be used (the builder's stay disabled
  // until it hydrates), since focus() alone does not wait for that and Enter would go nowhere.
  await expect(locator).toBeEnabled();
  await locator.focus();
  await page.keyboard.press(key);
}

export async function saveBuilder(page: Page): Promise<void> {
  await keyPress(page, page.getByRole("button", { name: "Save draft", exact: true }));
  await expect(page.getByTestId("save-status")).toContainText("Saved at");
}
