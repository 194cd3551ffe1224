// GET /sitemap.xml: the hub, each published consultation and each published outcome.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { listFeedEntries } from "@/lib/services/consultations/feed-entries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const entries = await listFeedEntries(1000);
  return [
    { url: new URL("/", base).toString(), changeFrequency: "daily" },
    { url: new URL("/outcomes", base).toString(), changeFrequency: "weekly" },
    ...entries.flatMap((c) => [
      { url: new URL(`/consultations/${c.slug}`, base).toString(), lastModified: c.updatedAt },
      ...(c.stage === "OUTCOME_PUBLISHED"
        ? [{ url: new URL(`/consultations/${c.slug}/outcome`, base).toString(), lastModified: c.updatedAt }]
        : []),
    ]),
  ];
}
