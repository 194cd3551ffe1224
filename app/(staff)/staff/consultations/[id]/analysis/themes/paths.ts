// Addresses of the themes screens. Question keys may hold dots; encoding keeps any other
// character a key could carry safe in a path segment.
export function themesPath(consultationId: string, questionKey?: string, codeId?: string): string {
  const base = `/staff/consultations/${encodeURIComponent(consultationId)}/analysis/themes`;
  if (!questionKey) return base;
  const question = `${base}/${encodeURIComponent(questionKey)}`;
  return codeId ? `${question}/theme/${encodeURIComponent(codeId)}` : question;
}

/** A reviewed comment that theme suggestions' evidence names (issue #22). */
export function reviewedAnswerPath(consultationId: string, questionKey: string, answerId: string): string {
  return `${themesPath(consultationId, questionKey)}/answer/${encodeURIComponent(answerId)}`;
}

/** Query string telling the review page what the re-score after a save did (post/redirect/get). */
export function rescoredQuery(rescored: { suggested: number; appeared: number; withdrawn: number }): string {
  return `rescored=${rescored.suggested}&appeared=${rescored.appeared}&withdrawn=${rescored.withdrawn}`;
}
