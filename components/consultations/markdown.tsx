import { renderMarkdown } from "@/lib/text/markdown";

type Props = { source: string; headingOffset?: number };

/** Officer-written Markdown; renderMarkdown sanitises, so the HTML is safe to insert. */
export const Markdown = ({ source, headingOffset = 2 }: Readonly<Props>) => (
  <div className="hys-prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(source, headingOffset) }} />
);
