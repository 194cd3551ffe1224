// The one HTML escaper and the few pieces every email body is built from. Every value that
// reaches an email's HTML goes through escapeHtml: answers, names and titles are typed by anyone.

/** An email's subject with its plain-text and HTML bodies (plain text is what every client shows). */
export type TEmail = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
export const link = (url: string, text: string) =>
  `<a href="${escapeHtml(url)}" style="color:#1d70b8">${escapeHtml(text)}</a>`;

export function htmlDocument(title: string, body: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;max-width:640px">',
    body,
    "</body></html>",
  ].join("");
}
