// The timed part of import.bench.ts, run with --conditions=react-server (see there): publishes
// the seed's children's questionnaire (prisma/seed, the richest demo questionnaire) on a fresh
// consultation of its own, then times the import.
import { db } from "@/lib/db";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { checkImport } from "@/lib/services/imports/check-import";
import { createImport } from "@/lib/services/imports/create-import";
import { loadImport } from "@/lib/services/imports/import-record";
import { rollbackImport } from "@/lib/services/imports/rollback-import";
import { processImport, startImport } from "@/lib/services/imports/run-import";

const ROWS = 20_000;
const TARGET_SECONDS = 60;

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LIKERT = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"];
const IMPORTANCE = ["very-important", "fairly-important", "not-very-important", "not-at-all-important"];
const STATEMENTS = ["vision", "assessed-need", "outcomes", "universal", "fees", "transition", "local", "co-production"];
const RESPONDENTS = [
  "parent-carer",
  "A disabled child or young person",
  "family-member",
  "foster-carer",
  "professional",
];
const MORE_OF = ["care-at-home", "childminding", "befriending", "holiday-activities", "sports-leisure", "youth-clubs"];
const PRIORITIES = ["friends", "independence", "confidence", "communication", "new-activities", "fun"];
const WORDS =
  "the service helps our family rest and the children enjoy clubs near home but transport and cost are hard".split(" ");

function csv(rows: number): string {
  const next = random(2018);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const some = (list: readonly string[], n: number) => [...list].sort(() => next() - 0.5).slice(0, n);
  const header = [
    "respondent-type",
    "postcode",
    "child-age",
    "has-ehcp",
    "vision-agree",
    ...STATEMENTS.map((s) => `topic-importance.importance-${s}`),
    "outcome-statements",
    "universal-first",
    "more-of",
    "barriers",
    "assessed-need-agree",
    "child-priorities",
    "fees-agree",
    "fees-affect",
    "when-needed",
    "use-direct-payment",
    "anything-else",
    "unfair-impact",
    "help-completing",
  ];
  const lines = [header.join(",")];
  for (let i = 0; i < rows; i++) {
    const comment = Array.from({ length: 5 + Math.floor(next() * 20) }, () => pick(WORDS)).join(" ");
    lines.push(
      [
        pick(RESPONDENTS),
        `HP${10 + Math.floor(next() * 20)}`,
        "age-5-10",
        pick(["Yes", "No", "Not sure"]),
        pick(LIKERT),
        ...STATEMENTS.map(() => pick(IMPORTANCE)),
        pick(["yes", "partly", "no"]),
        pick(LIKERT),
        some(MORE_OF, 2).join("; "),
        "transport; cost",
        pick(LIKERT),
        some(PRIORITIES, 3).join("; "),
        pick(LIKERT),
        pick(["yes-a-lot", "yes-a-little", "no"]),
        "weekends; school-holidays",
        pick(["yes", "no", "not-sure"]),
        `"${comment}, row ${i + 1}"`,
        "no",
        "no",
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  return [value, seconds];
}

async function main() {
  const definition = JSON.parse(JSON.stringify(ZQuestionnaireDefinition.parse(childrenQuestionnaire)));
  const consultation = await db().consultation.create({
    data: {
      slug: "bench-import",
      title: "Import bench",
      summary: "Bench.",
      body: "Body",
      reasons: "Reasons",
      audiences: ["PARENTS_CARERS"],
      stage: "PUBLISHED",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 86_400_000),
      referencePrefix: "SB",
      contactRole: "Team",
      contactEmail: "team@council.example",
      questionnaires: {
        create: { format: "STANDARD", draft: definition, versions: { create: { number: 1, definition } } },
      },
    },
    select: { id: true },
  });
  const user = await db().user.create({
    data: { email: "bench-officer@council.example", name: "Bench Officer", role: "OFFICER" },
  });
  const officer: StaffPrincipal = { id: user.id, email: user.email, name: user.name, role: "OFFICER" };
  const text = csv(ROWS);
  console.log(
    `${ROWS.toLocaleString("en-GB")} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB of CSV, against PostgreSQL 127.0.0.1`,
  );
  const file = { name: "bench.csv", bytes: new TextEncoder().encode(text) };
  const ids = (importId: string) => ({ consultationId: consultation.id, importId });

  const once = async (label: string) => {
    const [{ importId }, upload] = await timed(`${label}: upload (parse, match, store)`, () =>
      createImport(officer, { consultationId: consultation.id, channel: "EVENT" }, file),
    );
    const mapping = (await loadImport(consultation.id, importId)).mapping!;
    const [report, check] = await timed(`${label}: dry run (validate every row, look for duplicates)`, () =>
      checkImport(officer, { ...ids(importId), mapping }),
    );
    const [, write] = await timed(`${label}: import`, async () => {
      await startImport(officer, { ...ids(importId), onlyValid: true });
      await processImport(officer, importId);
    });
    const record = await loadImport(consultation.id, importId);
    console.log(
      `  ${label}: ${report.valid} valid, ${report.invalid} with errors, ${report.duplicates} already imported; ${record.importedCount} imported (${record.status})`,
    );
    const total = upload + check + write;
    console.log(
      `  ${label}: upload + dry run + import = ${total.toFixed(1)} s (target < ${TARGET_SECONDS} s) ${total < TARGET_SECONDS ? "PASS" : "FAIL"}`,
    );
    if (record.status !== "IMPORTED") throw new Error(`the import ended ${record.status}`);
    return importId;
  };

  const first = await once("first import");
  if ((await db().response.count({ where: { importId: first } })) !== ROWS)
    throw new Error("not every row was imported");
  await once("same file again");
  await timed("roll back the first import", () => rollbackImport(officer, ids(first)));
  await db().$disconnect();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
