// What the fault test promises (issue #6): every acknowledged submission is stored exactly once,
// nothing is stored twice, and everyone else was told in plain English to try again.
import pg from "pg";
import type { JourneyOutcome } from "../load/respond-journey";

export type FaultCounts = {
  respondents: number;
  confirmations: number;
  submitted: number;
  duplicates: number;
  lostAcknowledged: number;
  sentWithoutConfirmation: number;
  withoutConfirmation: number;
  toldToTryAgain: number;
  notToldClearly: number;
  tryAgainPagesSeen: number;
  unclearErrorPages: number;
  networkFailures: number;
  retries: number;
};

type Row = { reference: string | null; submissionKey: string | null };

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The seed's own responses, which the checks leave out. */
export async function existingResponseIds(databaseUrl: string): Promise<string[]> {
  return (await query<{ id: string }>(databaseUrl, `SELECT id FROM "Response"`, [])).map((r) => r.id);
}

export async function checkOutcomes(
  databaseUrl: string,
  slug: string,
  seeded: string[],
  outcomes: JourneyOutcome[],
): Promise<{ counts: FaultCounts; problems: string[] }> {
  const rows = await query<Row>(
    databaseUrl,
    `SELECT r.reference, r."submissionKey" FROM "Response" r JOIN "Consultation" c ON c.id = r."consultationId"
     WHERE c.slug = $1 AND r.status = 'SUBMITTED' AND NOT (r.id = ANY($2::text[]))`,
    [slug, seeded],
  );
  const problems: string[] = [];
  const byReference = new Map<string, Row[]>();
  const byKey = new Map<string, number>();
  for (const row of rows) {
    byReference.set(row.reference ?? "", [...(byReference.get(row.reference ?? "") ?? []), row]);
    byKey.set(row.submissionKey ?? "", (byKey.get(row.submissionKey ?? "") ?? 0) + 1);
  }
  const confirmed = outcomes.filter((o) => o.reference);
  // (a) each confirmation names exactly one SUBMITTED response, sent with this respondent's key.
  let lost = 0;
  for (const o of confirmed) {
    const matches = byReference.get(o.reference!) ?? [];
    if (matches.length === 0) lost++;
    else if (matches.length === 1 && o.submissionKey && matches[0].submissionKey !== o.submissionKey)
      problems.push(`reference ${o.reference} was stored under another submission key`);
  }
  // (b) no response stored twice: one row per key and per reference, one per confirmation,
  // and no two respondents shown the same reference.
  const duplicates =
    [...byKey.values()].filter((n) => n > 1).length +
    [...byReference.values()].filter((r) => r.length > 1).length +
    (confirmed.length - new Set(confirmed.map((o) => o.reference)).size);
  const confirmedKeys = new Set(confirmed.map((o) => o.submissionKey));
  const sentWithoutConfirmation = rows.filter((r) => !confirmedKeys.has(r.submissionKey ?? "")).length;
  // (c) whoever ended without a confirmation last saw the app's plain-English "try again".
  const unconfirmed = outcomes.filter((o) => !o.reference);
  const told = unconfirmed.filter((o) => o.lastSeen === "try-again-page").length;
  const failures = outcomes.flatMap((o) => o.failures);
  const counts: FaultCounts = {
    respondents: outcomes.length,
    confirmations: confirmed.length,
    submitted: rows.length,
    duplicates,
    lostAcknowledged: lost,
    sentWithoutConfirmation,
    withoutConfirmation: unconfirmed.length,
    toldToTryAgain: told,
    notToldClearly: unconfirmed.length - told,
    tryAgainPagesSeen: failures.filter((f) => f.reason === "try-again-page").length,
    unclearErrorPages: failures.filter((f) => f.reason === "unclear-error").length,
    networkFailures: failures.filter((f) => f.reason === "network").length,
    retries: outcomes.reduce((n, o) => n + o.retries, 0),
  };
  if (lost > 0) problems.push(`(a) ${lost} acknowledged submissions are not stored`);
  if (duplicates > 0) problems.push(`(b) ${duplicates} duplicated submissions`);
  if (rows.length !== confirmed.length)
    problems.push(`(b) ${rows.length} SUBMITTED responses for ${confirmed.length} confirmations`);
  if (counts.notToldClearly > 0)
    problems.push(`(c) ${counts.notToldClearly} respondents ended without a confirmation or a clear "try again"`);
  if (counts.unclearErrorPages > 0) {
    const samples = [
      ...new Set(failures.filter((f) => f.reason === "unclear-error").map((f) => `${f.kind}: ${f.detail}`)),
    ].slice(0, 3);
    problems.push(
      `(c) ${counts.unclearErrorPages} server errors without the plain-English message, e.g. ${samples.join("; ")}`,
    );
  }
  for (const o of unconfirmed.filter((u) => u.error).slice(0, 5)) problems.push(`unconfirmed respondent: ${o.error}`);
  return { counts, problems };
}
