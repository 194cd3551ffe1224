// Addresses of the themes screens. Question keys may hold dots; encoding keeps any other
// character a key could carry safe in a path segment.
export function themesPath(consultationId: string, questionKey?: string, codeId?: string): string {
  const base = `/staff/consultations/${encodeURIComponent(consultationId)}/analysis/themes`;
  if (!questionKey) return base;
  const question = `${base}/${encodeURIComponent(questionKey)}`;
  return codeId ? `${question}/theme/${encodeURIComponent(codeId)}` : question;
}
