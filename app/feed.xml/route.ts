// GET /feed.xml: an Atom feed of published consultations, for feed readers and partner sites.
import { env } from "@/lib/env";
import { listFeedEntries } from "@/lib/services/consultations/feed-entries";
import { formatDate } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function GET(): Promise<Response> {
  const { APP_URL, COUNCIL_NAME } = env();
  const entries = await listFeedEntries();
  const link = (path: string) => escape(new URL(path, APP_URL).toString());
  const updated = (entries[0]?.updatedAt ?? new Date(0)).toISOString();
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(`${COUNCIL_NAME} consultations`)}</title>
  <link href="${link("/feed.xml")}" rel="self"/>
  <link href="${link("/")}"/>
  <id>${link("/feed.xml")}</id>
  <updated>${updated}</updated>
${entries
  .map(
    (c) => `  <entry>
    <title>${escape(c.title)}</title>
    <link href="${link(`/consultations/${c.slug}`)}"/>
    <id>${link(`/consultations/${c.slug}`)}</id>
    <published>${(c.publishedAt ?? c.updatedAt).toISOString()}</published>
    <updated>${c.updatedAt.toISOString()}</updated>
    <summary>${escape(`${c.summary} Open ${formatDate(c.opensAt)} to ${formatDate(c.closesAt)}.`)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
