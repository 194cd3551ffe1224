// Issue #21 acceptance: a retention run over 100,000 responses finishes in under 60 s without
// blocking respondents. Fills a fresh database with the analysis bench's 100,000 responses (5% of
// them drafts, a third with equality answers), gives every response a contact and free text full
// of personal details, adds 10,000 subscriptions and 1,000 drawings, publishes the outcome long
// enough ago that every step is due, and runs the schedule in its own process (retention-run.ts).
// Meanwhile respondents keep answering another, open consultation: each probe is one save as the
// respond journey makes it (a transaction inserting a response and its answer rows); the bench
// reports how long they took, so a lock held too long would show.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createTestDatabase } from "../../tests/support/test-database";
import { fillAnalysisConsultation, loadAverage } from "./analysis-fill";

const RESPONSES = 100_000;

async function addPersonalData(client: pg.Client, consultationId: string): Promise<void> {
  const started = performance.now();
  await client.query(`
    INSERT INTO "RespondentContact" (id, "responseId", email, name, "wantsUpdates", "createdAt")
    SELECT 'c' || g, 'r' || g, 'person' || g || '@example.org', 'Sam Person' || g, g % 3 = 0, now() - interval '500 days' FROM generate_series(1, ${RESPONSES}) g`);
  await client.query(`
    UPDATE "Answer" SET text = text || '. My name is Sam Person' || substr(id, 2) || ', ring 07700 900' || lpad((length(id) * 37 % 1000)::text, 3, '0')
      || ' or email sam' || substr(id, 2) || '@example.org, postcode HP19 8FF' WHERE "questionKey" = 'why'`);
  await client.query(
    `
    INSERT INTO "OutcomeSubscription" (id, "consultationId", email, "tokenHash", "confirmedAt", "createdAt")
    SELECT 's' || g, $1, 'follower' || g || '@example.org', md5('s' || g), now(), now() FROM generate_series(1, 10000) g`,
    [consultationId],
  );
  await client.query(`
    INSERT INTO "StoredFile" (id, key, "pendingKey", "sizeBytes", "chunkCount", "createdAt")
    SELECT 'f' || g, 'drawings/bench/' || g || '.png', 'drawings/bench/' || g || '.png', 2048, 1, now() FROM generate_series(1, 1000) g`);
  await client.query(
    `INSERT INTO "StoredFileChunk" ("fileId", index, data) SELECT 'f' || g, 0, decode(repeat('89504e47', 512), 'hex') FROM generate_series(1, 1000) g`,
  );
  await client.query(`
    INSERT INTO "AnswerAttachment" (id, "responseId", "questionKey", "sourceQuestionKey", "fileName", "mimeType", "sizeBytes", "storageKey", "createdAt")
    SELECT 'd' || g, 'r' || (g * 97), 'why', 'why', 'drawing.png', 'image/png', 2048, 'drawings/bench/' || g || '.png', now() FROM generate_series(1, 1000) g`);
  await client.query(
    `
    UPDATE "Consultation" SET stage = 'OUTCOME_PUBLISHED', "opensAt" = now() - interval '600 days', "closesAt" = now() - interval '550 days',
           "outcomePublishedAt" = now() - interval '400 days' WHERE id = $1`,
    [consultationId],
  );
  await client.query("ANALYZE");
  console.log(
    `added 100,000 contacts, free text with personal details, 10,000 subscriptions and 1,000 drawings in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** An open consultation the probes respond to while the run goes on. */
async function openConsultation(client: pg.Client): Promise<{ id: string; versionId: string }> {
  const { rows } = await client.query(`
    WITH c AS (INSERT INTO "Consultation" (id, slug, title, summary, body, reasons, stage, "opensAt", "closesAt", "contactRole", "contactEmail", "createdAt", "updatedAt")
               VALUES ('open-bench', 'open-bench', 'Open', 's', 'b', 'r', 'PUBLISHED', now() - interval '1 day', now() + interval '30 days', 'Team', 't@council.example', now(), now()) RETURNING id),
         q AS (INSERT INTO "Questionnaire" (id, "consultationId", format, draft, "createdAt", "updatedAt") SELECT 'open-q', id, 'STANDARD', '{}', now(), now() FROM c RETURNING id)
    INSERT INTO "QuestionnaireVersion" (id, "questionnaireId", number, definition, "publishedAt") SELECT 'open-v', id, 1, '{}', now() FROM q RETURNING id`);
  return { id: "open-bench", versionId: rows[0].id as string };
}

async function probe(client: pg.Client, open: { id: string; versionId: string }, n: number): Promise<number> {
  const started = performance.now();
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Response" (id, "consultationId", "versionId", format, status, "startedAt", "updatedAt") VALUES ($1, $2, $3, 'STANDARD', 'DRAFT', now(), now())`,
    [`probe${n}`, open.id, open.versionId],
  );
  await client.query(
    `INSERT INTO "Answer" (id, "responseId", "questionKey", "optionKeys", text) VALUES ($1, $2, 'why', '{}', 'A probe answer')`,
    [`probe-a${n}`, `probe${n}`],
  );
  await client.query(
    `INSERT INTO "RespondentContact" (id, "responseId", email, "createdAt") VALUES ($1, $2, 'probe@example.org', now())`,
    [`probe-c${n}`, `probe${n}`],
  );
  await client.query("COMMIT");
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function run(): Promise<void> {
  const database = await createTestDatabase("bench_retention");
  const client = new pg.Client({ connectionString: database.url });
  try {
    const consultationId = await fillAnalysisConsultation(database.url, RESPONSES, "bench-retention");
    await client.connect();
    await addPersonalData(client, consultationId);
    const open = await openConsultation(client);
    console.log(`load average (1, 5, 15 min): ${loadAverage()}`);
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "retention-run.ts")],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production", RETENTION_SCHEDULE: "off" },
      },
    );
    const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
    let running = true;
    void exited.then(() => (running = false));
    const latencies: number[] = [];
    while (running) {
      latencies.push(await probe(client, open, latencies.length));
      await new Promise((r) => setTimeout(r, 50));
    }
    if ((await exited) !== 0) throw new Error("the retention run failed");
    latencies.sort((a, b) => a - b);
    console.log(
      `respondents meanwhile: ${latencies.length} saves on an open consultation, median ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, slowest ${latencies[latencies.length - 1].toFixed(1)} ms`,
    );
    const { rows } = await client.query(
      `
      SELECT (SELECT count(*) FROM "RespondentContact" c JOIN "Response" r ON r.id = c."responseId" WHERE r."consultationId" = $1)::int AS contacts,
             (SELECT count(*) FROM "EqualityMonitoring" e JOIN "Response" r ON r.id = e."responseId" WHERE r."consultationId" = $1)::int AS equality,
             (SELECT count(*) FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."consultationId" = $1 AND a.text LIKE '%@example.org%')::int AS emails_in_text,
             (SELECT count(*) FROM "StoredFile")::int AS files`,
      [consultationId],
    );
    console.log(`left afterwards in the consultation: ${JSON.stringify(rows[0])} (all 0 expected)`);
    console.log(`load average after: ${loadAverage()}`);
  } finally {
    await client.end().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
}
