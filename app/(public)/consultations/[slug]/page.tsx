// GET /consultations/[slug]: a published consultation's public page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicConsultationView } from "@/components/consultations/public-consultation-view";
import { isAppError } from "@/lib/errors";
import { getPublicConsultation, type PublicConsultation } from "@/lib/services/consultations/public-consultations";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function load(slug: string): Promise<PublicConsultation> {
  try {
    return await getPublicConsultation(slug);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

// Metadata must not call notFound(): Next streams metadata, and a not-found thrown there
// leaves visitors without JavaScript an empty page. The page itself decides 404.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  try {
    const { consultation } = await getPublicConsultation((await params).slug);
    return {
      title: consultation.title,
      description: consultation.summary,
      openGraph: { title: consultation.title, description: consultation.summary },
    };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { title: "Page not found" };
    throw error;
  }
}

export default async function ConsultationPage({ params }: Params) {
  const { consultation, status, now } = await load((await params).slug);
  return (
    <PublicConsultationView
      consultation={consultation}
      status={status}
      now={now}
      organisationResponses={consultation._count.responses}
    />
  );
}
