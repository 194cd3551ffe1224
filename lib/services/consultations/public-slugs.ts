// Does this slug belong to a consultation the public may see? proxy.ts asks before Next
// renders /consultations/[slug]/…, so unknown slugs get the real 404 page (see below).
//
// Why not notFound() in the page: in Next 16 production builds, notFound() thrown by a page
// serves an empty <body> whose content only appears once JavaScript runs (vercel/next.js
// #98954), which leaves visitors without JavaScript a blank page. An unmatched route renders
// not-found.tsx properly, so the proxy rewrites unknown slugs to one.
import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

const POSITIVE_TTL_MS = 60_000;
const known = new Map<string, number>();

/** True when a published (or outcome-published) consultation has this slug. */
export async function isPublicConsultationSlug(slug: string, nowMs = Date.now()): Promise<boolean> {
  const cachedUntil = known.get(slug);
  if (cachedUntil && cachedUntil > nowMs) return true;
  // Only hits are cached: a consultation published a moment ago must be found at once.
  const found = await db().consultation.findFirst({
    where: { slug, stage: { in: [...PUBLIC_STAGES] } },
    select: { id: true },
  });
  if (found) known.set(slug, nowMs + POSITIVE_TTL_MS);
  else known.delete(slug);
  return Boolean(found);
}
