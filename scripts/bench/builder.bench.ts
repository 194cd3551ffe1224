// Issue #5 acceptance: a 150-question questionnaire loads in the builder and saves with a server
// round trip under 1 s. Measures, against PostgreSQL on 127.0.0.1 with the seed loaded:
// (a) the builder page's data load (getBuilderData) plus serialising it for the client, and
// (b) the save: parsing the posted form with the action's own schema, then saveDraft's
// concurrency-checked write. The services are the app's own, imported outside Next, so the
// "server-only" guard is resolved to its empty build first.
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { runSeed } from "../lib/seeding";
import { createScriptClient } from "../lib/prisma";
import { createTestDatabase } from "../../tests/support/test-database";
import { EVERY_TYPE } from "../../lib/questionnaire/fixtures/every-type";
import type { TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { report, timeEach } from "./stats";

const SERVER_ONLY_EMPTY = pathToFileURL(
  path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js"),
).href;
const HOOK = `export async function resolve(s, c, next) { return s === "server-only" ? { url: ${JSON.stringify(SERVER_ONLY_EMPTY)}, shortCircuit: true } : next(s, c); }`;

/** 10 pages × 15 questions, cycling through every question type, with fresh keys. */
export function largeDefinition(): TQuestionnaireDefinition {
  const patterns = EVERY_TYPE.sections.flatMap((s) => s.questions).filter((q) => !q.showIf);
  const sections = Array.from({ length: 10 }, (_, s) => ({
    key: `page-${s + 1}`,
    title: `Page ${s + 1}`,
    questions: Array.from({ length: 15 }, (_, q): TQuestion => {
      const pattern = patterns[(s * 15 + q) % patterns.length];
      return { ...structuredClone(pattern), key: `q-${s + 1}-${q + 1}`, title: `${pattern.title} (${s + 1}.${q + 1})` };
    }),
  }));
  return { ...EVERY_TYPE, title: "150 questions", sections };
}

export async function run(): Promise<void> {
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  const database = await createTestDatabase("bench_builder");
  process.env.DATABASE_URL = database.url;
  try {
    await runSeed(database.url, new Date(), true);
    const client = createScriptClient(database.url);
    const consultation = await client.consultation
      .findFirstOrThrow({ where: { stage: "DRAFT" }, select: { id: true } })
      .catch(() => client.consultation.findFirstOrThrow({ select: { id: true } }));
    const officer = await client.user.findFirstOrThrow({ where: { role: "OFFICER" } });
    await client.$disconnect();
    const { getBuilderData } = await import("../../lib/services/questionnaires/builder-data");
    const { saveDraft } = await import("../../lib/services/questionnaires/save-draft");
    const { ZSaveDraftSchema } = await import("../../lib/validation/questionnaire");
    const staff = { ...officer, role: "OFFICER" } as Parameters<typeof saveDraft>[0];
    const definition = largeDefinition();
    const count = definition.sections.reduce((n, s) => n + s.questions.length, 0);
    const format = "EASY_READ" as const;
    let token = (await saveDraft(staff, { consultationId: consultation.id, format, definition, updatedAt: "" }))
      .updatedAt;
    const posted = JSON.stringify(definition);
    console.log(`definition: ${count} questions, ${(posted.length / 1024).toFixed(0)} KiB of JSON`);

    const loads = await timeEach(50, async () => JSON.stringify(await getBuilderData(staff, consultation.id, format)));
    report(`builder load + serialise (${count} questions)`, loads, "< 1000 ms");
    const saves = await timeEach(50, async () => {
      const input = ZSaveDraftSchema.parse({
        consultationId: consultation.id,
        format,
        updatedAt: token,
        definition: posted,
      });
      token = (await saveDraft(staff, input)).updatedAt;
    });
    report(`save round trip: parse + saveDraft (${count} questions)`, saves, "< 1000 ms");
  } finally {
    const { db } = await import("../../lib/db");
    await db().$disconnect();
    await database.drop();
  }
}
