// The analysis benchmarks' data: a consultation answering tests/support/analysis-definition.ts,
// filled in SQL with generate_series so 100,000 responses take seconds. Shared by the analysis
// and report benches, with the set-up and clean-up both need around it.
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createScriptClient } from "../lib/prisma";
import { ANALYSIS_DEFINITION as DEFINITION } from "../../tests/support/analysis-definition";
import { createTestDatabase } from "../../tests/support/test-database";
import { setEnvForTests } from "../../lib/env";

const SERVER_ONLY_EMPTY = pathToFileURL(
  path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js"),
).href;
const HOOK = `export async function resolve(s, c, next) { return s === "server-only" ? { url: ${JSON.stringify(SERVER_ONLY_EMPTY)}, shortCircuit: true } : next(s, c); }`;

export const BENCH_ANALYST = { id: "bench", email: "bench@council.example", name: null, role: "ANALYST" as const };

/** Figures on a shared 2-core machine include other processes' queueing: say how loaded it was. */
export const loadAverage = () =>
  `${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${os.cpus().length} CPUs`;

const LIKERT = "ARRAY['strongly-agree','agree','neither','disagree','strongly-disagree','dont-know']";

/** A published consultation with `responses` synthetic responses (~10 answer rows each, equality rows for a third), filled in SQL. */
export async function fillAnalysisConsultation(url: string, responses: number, slug: string): Promise<string> {
  const client = createScriptClient(url);
  try {
    const c = await client.consultation.create({
      data: {
        slug,
        title: "Bench",
        summary: "s",
        body: "b",
        reasons: "r",
        audiences: ["PARENTS_CARERS"],
        stage: "PUBLISHED",
        opensAt: new Date(Date.now() - 50 * 86_400_000),
        closesAt: new Date(),
        referencePrefix: "BA",
        contactRole: "Team",
        contactEmail: "c@council.example",
        resultsExpectedText: "Soon",
      },
    });
    const q = await client.questionnaire.create({
      data: { consultationId: c.id, format: "STANDARD", draft: DEFINITION },
    });
    const v = await client.questionnaireVersion.create({
      data: { questionnaireId: q.id, number: 1, definition: DEFINITION },
    });
    const started = performance.now();
    await client.$executeRawUnsafe(
      `
      INSERT INTO "Response" (id, "consultationId", "versionId", format, channel, status, "respondentType", "completedHow", "startedAt", "submittedAt", "updatedAt")
      SELECT 'r' || g, $1, $2,
             (CASE WHEN g % 7 = 0 THEN 'EASY_READ' ELSE 'STANDARD' END)::"QuestionnaireFormat",
             (ARRAY['ONLINE','ONLINE','ONLINE','PAPER','EMAIL','PHONE','EVENT'])[1 + g % 7]::"Channel",
             (CASE WHEN g % 20 = 0 THEN 'DRAFT' ELSE 'SUBMITTED' END)::"ResponseStatus",
             (ARRAY['parent-carer','young-person','carer','professional','provider'])[1 + g % 5],
             (CASE WHEN g % 11 = 0 THEN 'WITH_SUPPORT_WORKER' END)::"CompletedHow",
             now() - (g % 42) * interval '1 day', CASE WHEN g % 20 <> 0 THEN now() - (g % 42) * interval '1 day' END, now()
        FROM generate_series(1, ${responses}) g`,
      c.id,
      v.id,
    );
    await client.$executeRawUnsafe(`
      INSERT INTO "Answer" (id, "responseId", "questionKey", "optionKeys", text)
      SELECT 'a' || g || k.key, 'r' || g, k.key,
             CASE k.key
               WHEN 'who' THEN ARRAY[(ARRAY['parent-carer','young-person','carer','professional','provider'])[1 + g % 5]]
               WHEN 'plan' THEN ARRAY[(${LIKERT})[1 + (g * 7) % 6]]
               WHEN 'uses' THEN (CASE g % 4 WHEN 0 THEN ARRAY['club'] WHEN 1 THEN ARRAY['club','camp'] WHEN 2 THEN ARRAY['sitter'] ELSE ARRAY['day','camp','club'] END)
               WHEN 'fair' THEN ARRAY[(ARRAY['yes','no','not-sure'])[1 + g % 3]]
               WHEN 'where' THEN ARRAY[]::text[]
               WHEN 'why' THEN ARRAY[]::text[]
               ELSE ARRAY[(${LIKERT})[1 + (g * 3 + length(k.key)) % 6]] END,
             CASE k.key WHEN 'where' THEN (ARRAY['HP20 1UA','HP21','MK18 2AB','SL9'])[1 + g % 4] WHEN 'why' THEN 'Because ' || g END
        FROM generate_series(1, ${responses}) g
        CROSS JOIN unnest(ARRAY['who','plan','uses','grid.a','grid.b','grid.c','fair','where','why']) AS k(key)
       WHERE (g + length(k.key)) % 13 <> 0`);
    await client.$executeRawUnsafe(`
      INSERT INTO "EqualityMonitoring" (id, "responseId", answers, "updatedAt")
      SELECT 'e' || g, 'r' || g, jsonb_build_object(
               'equality-sex', jsonb_build_object('optionKey', (ARRAY['female','male','prefer-not-to-say'])[1 + g % 3]),
               'equality-age', jsonb_build_object('optionKey', (ARRAY['age-25-34','age-35-44','age-45-54','under-18'])[1 + g % 4])), now()
        FROM generate_series(1, ${responses}) g WHERE g % 3 = 0`);
    await client.$executeRawUnsafe(`ANALYZE`);
    const answers = await client.answer.count();
    console.log(
      `generated ${responses} responses, ${answers} answer rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return c.id;
  } finally {
    await client.$disconnect();
  }
}

/**
 * A fresh database holding a filled analysis consultation, for `body` to time the app's own
 * services, imported outside Next with the "server-only" guard resolved to its empty build (as
 * builder.bench does). The database is dropped afterwards, whatever happens.
 */
export async function withAnalysisDatabase(
  name: string,
  responses: number,
  slug: string,
  body: (url: string, consultationId: string) => Promise<void>,
): Promise<void> {
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  const database = await createTestDatabase(name);
  // lib/env caches settings on first read (the test database helper reads them): set it through env.
  setEnvForTests({ DATABASE_URL: database.url });
  try {
    await body(database.url, await fillAnalysisConsultation(database.url, responses, slug));
  } finally {
    const { db } = await import("../../lib/db");
    await db().$disconnect();
    await database.drop();
  }
}
