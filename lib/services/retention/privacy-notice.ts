// Privacy notices built from the retention settings (issue #21): each published consultation's
// own, with its dates, and the site-wide list of periods.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { dataCategories, type TCategory } from "@/lib/retention/categories";
import { privacyNotice, type TNoticeSection } from "@/lib/retention/privacy-notice";
import { consultationFacts } from "./consultation-facts";
import { retentionSettings } from "./retention-settings";

export async function respondentRetention(): Promise<TCategory[]> {
  return dataCategories(await retentionSettings()).filter((k) => k.respondent);
}

export type TConsultationNotice = { slug: string; title: string; sections: TNoticeSection[]; extra: string | null };

/** A published consultation's notice; null for an unknown or draft one (the page answers 404). */
export async function consultationPrivacyNotice(slug: string, dpoEmail: string): Promise<TConsultationNotice | null> {
  const c = await db().consultation.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, stage: true, partners: true, contactEmail: true, privacyNotice: true },
  });
  if (!c || c.stage === "DRAFT") return null;
  const [facts] = await consultationFacts({ id: c.id });
  const settings = await retentionSettings();
  const sections = privacyNotice({
    council: env().COUNCIL_NAME,
    dpoEmail,
    consultation: { ...facts, partners: c.partners, contactEmail: c.contactEmail },
    settings,
  });
  return { slug: c.slug, title: c.title, sections, extra: c.privacyNotice };
}
