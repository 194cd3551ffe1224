// Drawings and photos sent with Easy Read free-text answers (issue #7). A page's files are
// checked and stored before its answers are validated, so an error elsewhere on the page never
// loses a drawing: it is already part of the draft, and the page says so. One per question.
import "server-only";
import { db } from "@/lib/db";
import type { TQuestion, TQuestionnaireDefinition, TSection } from "@/lib/questionnaire/definition";
import type { TEntries } from "@/lib/responses/posted-input";
import { fileStorage } from "@/lib/storage/storage";
import { checkDrawing, cleanFileName, drawingFieldName, removeDrawingFieldName } from "@/lib/validation/drawing-upload";

/** Questions on the page that take a drawing or photo. */
export const drawingQuestions = (section: TSection): TQuestion[] => section.questions.filter((q) => q.type === "longText" && q.allowDrawing === true);

/**
 * The definition to check answers against once drawings are known: a drawing or photo answers
 * its question "instead of or as well as writing", so a required question that has one needs no
 * words. Unchanged (the same object) when no drawing question has a drawing.
 */
export function answeredByDrawings(definition: TQuestionnaireDefinition, drawn: ReadonlySet<string>): TQuestionnaireDefinition {
  const covered = (q: TQuestion) => q.type === "longText" && q.allowDrawing === true && q.required && drawn.has(q.key);
  if (!definition.sections.some((s) => s.questions.some(covered))) return definition;
  return { ...definition, sections: definition.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (covered(q) ? { ...q, required: false } : q)) })) };
}

/** Question keys (as asked, in the Easy Read questionnaire) that have a drawing or photo. */
export async function drawnQuestionKeys(responseId: string): Promise<Set<string>> {
  return new Set(Object.keys(await drawingNames(responseId)));
}

/** The page's answer fields, without its drawing fields (which are not answers). */
export function withoutDrawingFields(section: TSection, entries: TEntries): TEntries {
  const names = new Set(drawingQuestions(section).flatMap((q) => [drawingFieldName(q.key), removeDrawingFieldName(q.key)]));
  return entries.filter(([name]) => !names.has(name));
}

/** Question key → the file name sent for it, for the pages that show it. */
export async function drawingNames(responseId: string): Promise<Record<string, string>> {
  const rows = await db().answerAttachment.findMany({ where: { responseId }, select: { sourceQuestionKey: true, fileName: true } });
  return Object.fromEntries(rows.map((r) => [r.sourceQuestionKey, r.fileName]));
}

async function removeDrawing(responseId: string, questionKey: string): Promise<void> {
  const existing = await db().answerAttachment.findUnique({ where: { responseId_sourceQuestionKey: { responseId, sourceQuestionKey: questionKey } }, select: { id: true, storageKey: true } });
  if (!existing) return;
  await db().answerAttachment.delete({ where: { id: existing.id } });
  await fileStorage().delete(existing.storageKey);
}

async function storeDrawing(responseId: string, question: TQuestion, file: File, bytes: Uint8Array, extension: string, mimeType: string): Promise<void> {
  const key = `drawings/${responseId.toLowerCase()}/${crypto.randomUUID()}.${extension}`;
  const sourceQuestionKey = question.key;
  const previous = await db().answerAttachment.findUnique({ where: { responseId_sourceQuestionKey: { responseId, sourceQuestionKey } }, select: { storageKey: true } });
  // Stored first: a failed write leaves an orphan file, never a row without its file.
  await fileStorage().put(key, bytes);
  const data = { questionKey: question.answersKey ?? question.key, fileName: cleanFileName(file.name), mimeType, sizeBytes: bytes.length, storageKey: key };
  try {
    await db().answerAttachment.upsert({ where: { responseId_sourceQuestionKey: { responseId, sourceQuestionKey } }, create: { responseId, sourceQuestionKey, ...data }, update: data });
  } catch (error) {
    await fileStorage().delete(key);
    throw error;
  }
  if (previous) await fileStorage().delete(previous.storageKey);
}

/**
 * Applies what the page posted about drawings: a new file replaces the question's drawing,
 * "Remove" takes it away, and skipping the page (`skip`) removes them all, as it does the
 * answers. Returns field errors for files that were refused; everything else is kept.
 */
export async function saveDrawings(responseId: string, section: TSection, entries: TEntries, skip: boolean): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const question of drawingQuestions(section)) {
    if (skip || entries.some(([name, value]) => name === removeDrawingFieldName(question.key) && value === "yes")) {
      await removeDrawing(responseId, question.key);
      continue;
    }
    const posted = entries.find(([name]) => name === drawingFieldName(question.key))?.[1];
    // A browser sends an empty, nameless file when none was chosen: that keeps the one sent before.
    if (!(posted instanceof File) || (posted.size === 0 && posted.name === "")) continue;
    const bytes = new Uint8Array(await posted.arrayBuffer());
    const checked = checkDrawing(bytes);
    if (!checked.ok) {
      errors[drawingFieldName(question.key)] = checked.message;
      continue;
    }
    await storeDrawing(responseId, question, posted, bytes, checked.type.extension, checked.type.mimeType);
  }
  return errors;
}
