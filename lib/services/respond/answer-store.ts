// Reading and writing a response's answers. Questionnaire answers are Answer rows keyed by
// question key (grid statements as `grid.statement`); equality monitoring answers are one
// EqualityMonitoring row; an email question's answer is RespondentContact (issue #6: "never
// to Answer"). Writes change only the rows that differ, inside the caller's transaction.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { dropHiddenAnswers } from "@/lib/questionnaire/conditions/conditions";
import { fromAnswerRows, toAnswerRows, type TAnswerRow } from "@/lib/questionnaire/answers/answer-rows";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { mapEasyReadRows, type TEasyReadRow, unmapEasyReadRows } from "@/lib/questionnaire/easy-read/option-map";
import { splitAnswers, type TJourney } from "@/lib/respond/journey";

type Client = Pick<Prisma.TransactionClient, "answer" | "equalityMonitoring" | "respondentContact" | "$queryRaw">;

export type TStoredContact = { email: string; wantsUpdates: boolean } | null;

/** Transactions here are a handful of statements; waiting a while for a pooled connection beats failing under load. */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

type StoredAnswer = {
  questionKey: string;
  optionKeys: string[];
  text: string | null;
  number: number | null;
  sourceQuestionKey: string | null;
  sourceOptionKeys: string[];
};
type StoredRow = { answers: StoredAnswer[] | string; equality: unknown; contact: TStoredContact | string };

/** json columns arrive parsed from the driver; a string is parsed here, so either works. */
const fromJson = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/**
 * The Answer rows, the equality row and the contact of one response, in one round trip: every
 * page, save and submit reads them, and three separate queries cost three times the database
 * and driver work (issue #6 performance).
 */
async function readStored(
  client: Client,
  responseId: string,
): Promise<{ stored: StoredAnswer[]; equality: unknown; contact: TStoredContact }> {
  const [row] = await client.$queryRaw<StoredRow[]>`
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object(
          'questionKey', a."questionKey", 'optionKeys', a."optionKeys", 'text', a."text", 'number', a."number",
          'sourceQuestionKey', a."sourceQuestionKey", 'sourceOptionKeys', a."sourceOptionKeys"))
        FROM "Answer" a WHERE a."responseId" = ${responseId}
      ), '[]'::json) AS "answers",
      (SELECT e."answers" FROM "EqualityMonitoring" e WHERE e."responseId" = ${responseId}) AS "equality",
      (SELECT json_build_object('email', c."email", 'wantsUpdates', c."wantsUpdates") FROM "RespondentContact" c WHERE c."responseId" = ${responseId}) AS "contact"`;
  return {
    stored: fromJson(row.answers),
    equality: row.equality === null ? null : fromJson(row.equality),
    contact: row.contact === null ? null : fromJson(row.contact),
  };
}

/** The response's answers as the questionnaire sees them, equality answers included. */
export async function readAnswers(
  client: Client,
  responseId: string,
  journey: TJourney,
): Promise<{ answers: TAnswers; contact: TStoredContact }> {
  const { stored, equality, contact } = await readStored(client, responseId);
  // Easy Read answers are stored under the standard keys; the journey speaks Easy Read.
  const rows = journey.definition.format === "EASY_READ" ? unmapEasyReadRows(stored) : stored;
  const emailInQuestionnaire = journey.definition.sections.some((s) => s.questions.some((q) => q.type === "email"));
  const { answers } = fromAnswerRows(
    journey.definition,
    rows,
    emailInQuestionnaire && contact ? { email: contact.email } : {},
  );
  const storedEquality = (equality ?? {}) as Record<string, TAnswers[string]>;
  // Only keys the journey still knows: a stored value is never trusted past its definition.
  const equalityAnswers = Object.fromEntries(
    Object.entries(storedEquality).filter(([key]) => journey.equalityKeys.has(key)),
  );
  return { answers: { ...answers, ...equalityAnswers }, contact };
}

const rowSignature = (row: TEasyReadRow) =>
  JSON.stringify([
    row.optionKeys,
    row.text ?? null,
    row.number ?? null,
    row.sourceQuestionKey ?? null,
    row.sourceOptionKeys ?? [],
  ]);

/** Rows as stored: an Easy Read response's linked answers under the standard keys (issue #7). */
function storedRows(definition: TQuestionnaireDefinition, rows: TAnswerRow[]): TEasyReadRow[] {
  return definition.format === "EASY_READ" ? mapEasyReadRows(definition, rows) : rows;
}

/** An Answer row as created: the one shape both a single response and a bulk import write. */
export function answerRowData(responseId: string, r: TEasyReadRow) {
  return {
    responseId,
    questionKey: r.questionKey,
    optionKeys: r.optionKeys,
    text: r.text ?? null,
    number: r.number ?? null,
    sourceQuestionKey: r.sourceQuestionKey ?? null,
    sourceOptionKeys: r.sourceOptionKeys ?? [],
  };
}

/** The Answer rows of a new response's (validated) questionnaire answers, for a bulk insert. */
export function newAnswerRows(definition: TQuestionnaireDefinition, responseId: string, answers: TAnswers) {
  return storedRows(definition, toAnswerRows(definition, answers).rows).map((r) => answerRowData(responseId, r));
}

/**
 * Many responses' Answer rows (from newAnswerRows) as one multi-row INSERT, the rows passed as
 * one JSON parameter: a bulk import's 20,000 responses spent most of their time in Prisma's
 * createMany turning objects into statements, and PostgreSQL unpacks json_to_recordset far
 * faster. Kept beside answerRowData so the Answer columns are named in one file.
 */
export async function insertAnswerRows(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  rows: readonly ReturnType<typeof answerRowData>[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Answer" ("id", "responseId", "questionKey", "optionKeys", "text", "number", "sourceQuestionKey", "sourceOptionKeys")
    SELECT gen_random_uuid()::text, a."responseId", a."questionKey", a."optionKeys", a."text", a."number", a."sourceQuestionKey", a."sourceOptionKeys"
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS a("responseId" text, "questionKey" text, "optionKeys" text[], "text" text, "number" float8, "sourceQuestionKey" text, "sourceOptionKeys" text[])`;
}

/**
 * Stores `next` in place of `previous` (both whole responses): Answer rows that changed are
 * replaced, rows for questions now hidden or unanswered are deleted, and the equality row is
 * rewritten or removed. Hidden questions' answers are dropped first, so a changed condition
 * never leaves a stale follow-up behind.
 */
export async function writeAnswers(
  tx: Client,
  responseId: string,
  journey: TJourney,
  previous: TAnswers,
  next: TAnswers,
): Promise<TAnswers> {
  const kept = dropHiddenAnswers(journey.definition, next);
  const before = splitAnswers(journey, previous);
  const after = splitAnswers(journey, kept);
  const oldRows = new Map(
    storedRows(journey.definition, toAnswerRows(journey.definition, before.questionnaire).rows).map((r) => [
      r.questionKey,
      rowSignature(r),
    ]),
  );
  const { rows: afterRows, contact } = toAnswerRows(journey.definition, after.questionnaire);
  const newRows = storedRows(journey.definition, afterRows);
  const changed = newRows.filter((r) => oldRows.get(r.questionKey) !== rowSignature(r));
  const newKeys = new Set(newRows.map((r) => r.questionKey));
  const stale = [...oldRows.keys()].filter((key) => !newKeys.has(key));
  const remove = [...stale, ...changed.map((r) => r.questionKey).filter((key) => oldRows.has(key))];
  if (remove.length > 0) await tx.answer.deleteMany({ where: { responseId, questionKey: { in: remove } } });
  if (changed.length > 0) {
    await tx.answer.createMany({ data: changed.map((r) => answerRowData(responseId, r)) });
  }
  if (JSON.stringify(before.equality) !== JSON.stringify(after.equality)) {
    if (Object.keys(after.equality).length === 0) await tx.equalityMonitoring.deleteMany({ where: { responseId } });
    else {
      const answers = after.equality as Prisma.InputJsonObject;
      await tx.equalityMonitoring.upsert({
        where: { responseId },
        create: { responseId, answers },
        update: { answers },
      });
    }
  }
  if (contact.email !== undefined) {
    await tx.respondentContact.upsert({
      where: { responseId },
      create: { responseId, email: contact.email },
      update: { email: contact.email },
    });
  }
  return kept;
}
