// Officer-written Markdown, rendered to sanitised HTML with GOV.UK typography classes.
// Sanitising after rendering means raw HTML in the source can never inject script.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const CLASSES: Record<string, string> = {
  h1: "govuk-heading-l",
  h2: "govuk-heading-m",
  h3: "govuk-heading-s",
  h4: "govuk-heading-s",
  p: "govuk-body",
  ul: "govuk-list govuk-list--bullet",
  ol: "govuk-list govuk-list--number",
  a: "govuk-link",
  table: "govuk-table",
  thead: "govuk-table__head",
  tbody: "govuk-table__body",
  tr: "govuk-table__row",
  th: "govuk-table__header",
  td: "govuk-table__cell",
  blockquote: "govuk-inset-text",
};

const withClass = (tag: string) => (tagName: string, attribs: sanitizeHtml.Attributes) => ({
  tagName,
  attribs: { ...attribs, class: CLASSES[tag] },
});

/**
 * Renders Markdown to safe HTML. `headingOffset` demotes headings so an officer's "#" never
 * competes with the page's own h1.
 */
export function renderMarkdown(source: string, headingOffset = 1): string {
  const html = marked.parse(source, { async: false, gfm: true }) as string;
  const demote = (level: number) => `h${Math.min(6, level + headingOffset)}`;
  const transformTags: Record<string, sanitizeHtml.Transformer> = {};
  for (const tag of Object.keys(CLASSES)) transformTags[tag] = withClass(tag);
  for (let level = 1; level <= 4; level++) {
    const target = demote(level);
    transformTags[`h${level}`] = (_tagName, attribs) => ({
      tagName: target,
      attribs: { ...attribs, class: CLASSES[target] ?? "govuk-heading-s" },
    });
  }
  return sanitizeHtml(html, {
    allowedTags: [
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "p",
      "ul",
      "ol",
      "li",
      "a",
      "strong",
      "em",
      "br",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "blockquote",
      "code",
    ],
    allowedAttributes: { a: ["href", "class"], "*": ["class"], th: ["scope", "class"] },
    allowedSchemes: ["https", "http", "mailto", "tel"],
    transformTags,
  });
}

/** Plain text from Markdown, for summaries, feeds and meta descriptions. */
export function markdownToText(source: string): string {
  const html = marked.parse(source, { async: false }) as string;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
