// Drawings and photos sent with Easy Read free-text answers (issue #7). A page's files are
// checked and stored before its answers are validated, so an error elsewhere on the page never
// loses a drawing: it is already part of the draft, and the page says so. One per question.
import "server-only";
import { db } from "@/lib/db";
import type { TQuestion, TSection } from "@/lib/questionnaire/definition/definition";
import type { TEntries } from "@/lib/respond/posted-input";
import type { TImageType } from "@/lib/storage/sniff-image";
import { fileStorage } from "@/lib/storage/storage";
import { checkDrawing, cleanFileName, drawingFieldName, removeDrawingFieldName } from "@/lib/validation/drawing-upload";
import { chosenFile } from "@/lib/validation/posted-file";

/** Questions on the page that take a drawing or photo. */
export const drawingQuestions = (section: TSection): TQuestion[] =>
  section.questions.filter((q) => q.type === "longText" && q.allowDrawing === true);

/** The page's answer fields, without its drawing fields (which are not answers). */
export function withoutDrawingFields(section: TSection, entries: TEntries): TEntries {
  const names = new Set(
    drawingQuestions(section).flatMap((q) => [drawingFieldName(q.key), removeDrawingFieldName(q.key)]),
  );
  return entries.filter(([name]) => !names.has(name));
}

/** Question key → the file name sent for it, for the pages that show it. */
export async function drawingNames(responseId: string): Promise<Record<string, string>> {
  const rows = await db().answerAttachment.findMany({
    where: { responseId },
    select: { sourceQuestionKey: true, fileName: true },
  });
  return Object.fromEntries(rows.map((r) => [r.sourceQuestionKey, r.fileName]));
}

type TStoredDrawing = { id: string; storageKey: string };

async function removeDrawing(existing: TStoredDrawing | undefined): Promise<void> {
  if (!existing) return;
  await db().answerAttachment.delete({ where: { id: existing.id } });
  await fileStorage().delete(existing.storageKey);
}

async function storeDrawing(
  responseId: string,
  question: TQuestion,
  previous: TStoredDrawing | undefined,
  file: File,
  bytes: Uint8Array,
  type: TImageType,
): Promise<void> {
  const key = `drawings/${responseId.toLowerCase()}/${crypto.randomUUID()}.${type.extension}`;
  const sourceQuestionKey = question.key;
  // Stored first: a failed write leaves an orphan file, never a row without its file.
  await fileStorage().put(key, bytes);
  const data = {
    questionKey: question.answersKey ?? question.key,
    fileName: cleanFileName(file.name),
    mimeType: type.mimeType,
    sizeBytes: bytes.length,
    storageKey: key,
  };
  try {
    await db().answerAttachment.upsert({
      where: { responseId_sourceQuestionKey: { responseId, sourceQuestionKey } },
      create: { responseId, sourceQuestionKey, ...data },
      update: data,
    });
  } catch (error) {
    await fileStorage().delete(key);
    throw error;
  }
  if (previous) await fileStorage().delete(previous.storageKey);
}

/**
 * Applies what the page posted about drawings: a new file replaces the question's drawing,
 * "Remove" takes it away, and skipping the page (`skip`) removes them all, as it does the
 * answers. Returns field errors for files that were refused (everything else is kept), and
 * the page's questions that have a drawing afterwards, for the answers' check. One read of
 * the page's drawings serves all three; a page without drawing questions costs no query.
 */
export async function saveDrawings(
  responseId: string,
  section: TSection,
  entries: TEntries,
  skip: boolean,
): Promise<{ errors: Record<string, string>; drawn: Set<string> }> {
  const errors: Record<string, string> = {};
  const questions = drawingQuestions(section);
  if (questions.length === 0) return { errors, drawn: new Set() };
  const rows = await db().answerAttachment.findMany({
    where: { responseId, sourceQuestionKey: { in: questions.map((q) => q.key) } },
    select: { id: true, storageKey: true, sourceQuestionKey: true },
  });
  const stored = new Map(rows.map((r) => [r.sourceQuestionKey, r]));
  const drawn = new Set(stored.keys());
  for (const question of questions) {
    if (skip || entries.some(([name, value]) => name === removeDrawingFieldName(question.key) && value === "yes")) {
      await removeDrawing(stored.get(question.key));
      drawn.delete(question.key);
      continue;
    }
    // No file chosen keeps the one sent before (and text alone is a whole answer).
    const posted = chosenFile(entries.find(([name]) => name === drawingFieldName(question.key))?.[1]);
    if (!posted) continue;
    const bytes = new Uint8Array(await posted.arrayBuffer());
    const checked = checkDrawing(bytes);
    if (!checked.ok) {
      errors[drawingFieldName(question.key)] = checked.message;
      continue;
    }
    await storeDrawing(responseId, question, stored.get(question.key), posted, bytes, checked.type);
    drawn.add(question.key);
  }
  return { errors, drawn };
}
