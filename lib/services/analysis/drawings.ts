// Drawings and photos in the analysis (issue #7): each free-text question's answers that came
// with one, counted under the key the answer is analysed by (a linked Easy Read question's
// standard key), and the files themselves for staff who read individual responses.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/storage";
import { openQuestions } from "./free-text/question";

export type TDrawingItem = { id: string; reference: string; fileName: string; withText: boolean };
export type TQuestionDrawings = {
  questionKey: string;
  title: string;
  count: number;
  withText: number;
  items: TDrawingItem[];
};

/** Submitted answers with a drawing or photo, by question, in the standard questionnaire's order. */
export async function analysisDrawings(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TQuestionDrawings[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().answerAttachment.findMany({
    where: { response: { consultationId, status: "SUBMITTED" } },
    select: {
      id: true,
      questionKey: true,
      fileName: true,
      response: { select: { reference: true, answers: { select: { questionKey: true, text: true } } } },
    },
    orderBy: [{ questionKey: "asc" }, { createdAt: "asc" }],
  });
  if (rows.length === 0) return [];
  const titles = new Map((await openQuestions(consultationId)).map((q) => [q.key, q.title]));
  const byQuestion = new Map<string, TDrawingItem[]>();
  for (const row of rows) {
    const withText = row.response.answers.some(
      (a) => a.questionKey === row.questionKey && (a.text ?? "").trim() !== "",
    );
    const list = byQuestion.get(row.questionKey) ?? [];
    list.push({ id: row.id, reference: row.response.reference ?? "No reference", fileName: row.fileName, withText });
    byQuestion.set(row.questionKey, list);
  }
  const order = [...titles.keys()];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...byQuestion.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([questionKey, items]) => ({
      questionKey,
      title: titles.get(questionKey) ?? questionKey,
      count: items.length,
      withText: items.filter((i) => i.withText).length,
      items,
    }));
}

/** One drawing's bytes, for staff who may read individual responses; only from submitted responses of this consultation. */
export async function drawingFile(
  actor: StaffPrincipal | null,
  consultationId: string,
  attachmentId: string,
): Promise<{ bytes: Buffer; mimeType: string }> {
  requirePermission(actor, "response.read");
  const row = await db().answerAttachment.findFirst({
    where: { id: attachmentId, response: { consultationId, status: "SUBMITTED" } },
    select: { storageKey: true, mimeType: true },
  });
  const bytes = row && (await fileStorage().get(row.storageKey));
  if (!row || !bytes) throw new AppError("NOT_FOUND", "We could not find that drawing or photo.");
  return { bytes, mimeType: row.mimeType };
}
