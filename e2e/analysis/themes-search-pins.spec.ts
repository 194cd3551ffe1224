// Issue #9 part 4 follow-up: searching all free text of a consultation (prompt, error, hits with
// marked matches and a count checked against SQL, no results), and pinning then unpinning an
// example on a theme's page, the codebook version checked in the database.
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { settled } from "../respond/respond-helpers";
import { banner, count, runThemesAsOfficer } from "./themes-helpers";

const latestExamplesSql = `SELECT v.codes FROM "CodebookVersion" v JOIN "Codebook" b ON b.id = v."codebookId" WHERE b."consultationId" = $1 ORDER BY v.number DESC LIMIT 1`;

test("an officer searches all comments and pins an example on a theme", async ({ page, checkA11y, baseURL }) => {
  test.setTimeout(300_000);
  const { copy } = await runThemesAsOfficer(page, checkA11y, baseURL!);
  const firstCandidate = page.getByRole("button", { name: /^Add as a theme\s*: / }).first();
  const label = ((await firstCandidate.textContent()) ?? "").replace(/^Add as a theme\s*:\s*/, "").trim();
  await firstCandidate.click();
  await expect(banner(page)).toContainText("Theme added from the candidates");
  await settled(page);
  await checkA11y("codebook with a theme");

  // Pin one comment on the theme's page, then unpin it.
  await page.getByRole("link", { name: label, exact: true }).click();
  await settled(page);
  await checkA11y("theme page with pinned examples");
  const pinned = page.getByRole("list", { name: "Pinned examples" }).getByRole("listitem");
  const before = await pinned.count();
  const toPin = page.getByRole("list", { name: "Comments to pin" }).getByRole("listitem").first();
  const text = ((await toPin.locator("p").textContent()) ?? "").trim();
  await toPin.getByRole("button", { name: /^Pin as an example of this theme/ }).click();
  await expect(banner(page)).toContainText("Example pinned.");
  await settled(page);
  await checkA11y("theme page after pinning");
  await expect(pinned).toHaveCount(before + 1);
  await expect(pinned.last()).toContainText(text);
  const codeId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  const examplesOf = () => examples(copy.id, codeId);
  expect((await examplesOf()).length).toBe(before + 1);
  await pinned
    .last()
    .getByRole("button", { name: /^Unpin/ })
    .click();
  await expect(banner(page)).toContainText("Example unpinned.");
  await settled(page);
  await checkA11y("theme page after unpinning");
  await expect(pinned).toHaveCount(before);
  expect((await examplesOf()).length).toBe(before);

  // Search: prompt, a too-short search, hits with marked matches, and no results.
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes`);
  await page.getByRole("link", { name: "Search all comments" }).click();
  await settled(page);
  await checkA11y("search page");
  await expect(page.getByText("Enter words to search for.")).toBeVisible();
  await page.getByLabel("Words to search for").fill("a");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Enter at least 2 characters to search for" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await checkA11y("search error");
  const word = (text.match(/[A-Za-z]{5,}/) ?? [text.slice(0, 4)])[0];
  const expected = await count(
    `SELECT count(*)::int AS n FROM "RedactedAnswer" WHERE "consultationId" = $1 AND text ILIKE '%' || $2 || '%'`,
    [copy.id, word],
  );
  expect(expected).toBeGreaterThan(0);
  await page.getByLabel("Words to search for").fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: `${expected === 1 ? "1 comment" : `${expected} comments`} contain "${word}"`,
    }),
  ).toBeVisible();
  await settled(page);
  await checkA11y("search results");
  await expect(page.locator("mark").first()).toHaveText(new RegExp(`^${word}$`, "i"));
  await expect(page.locator("main ol > li")).toHaveCount(Math.min(expected, 25));
  if (expected > 25) {
    await page.getByRole("link", { name: /Next/ }).click();
    await settled(page);
    await checkA11y("search results page 2");
    await expect(page.locator("main ol > li")).toHaveCount(Math.min(expected - 25, 25));
  }
  await page.getByLabel("Words to search for").fill("zzqx nothing matches");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText('No comments contain "zzqx nothing matches".')).toBeVisible();
  await settled(page);
  await checkA11y("search without results");
});

/** The example ids of one code in the newest codebook version. */
async function examples(consultationId: string, codeId: string): Promise<string[]> {
  return withDatabase(async (c) => {
    const { rows } = await c.query(latestExamplesSql, [consultationId]);
    return (rows[0].codes as { id: string; examples: string[] }[]).find((x) => x.id === codeId)?.examples ?? [];
  });
}
