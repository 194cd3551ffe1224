// Addresses of the assisted-entry pages (issue #8). Questionnaire page slugs sit under
// /answers/, so no section can ever be named like one of the entry's own pages.
const PAGES = new Set(["check-answers", "details"]);
const MESSAGES = new Set(["done", "changed", "details-saved", "saved-for-later"]);

export function entryPath(consultationId: string, responseId: string, page = ""): string {
  const base = `/staff/consultations/${encodeURIComponent(consultationId)}/responses/${encodeURIComponent(responseId)}`;
  if (!page) return base;
  if (MESSAGES.has(page)) return `${base}?done=${page}`;
  if (PAGES.has(page)) return `${base}/${page}`;
  return `${base}/answers/${page}`;
}
