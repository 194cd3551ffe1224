// What the public may see: published consultations only, never drafts.
import "server-only";
import { db } from "@/lib/db";
import { consultationStatus, type ConsultationStatus } from "@/lib/consultations/status";
import { AppError } from "@/lib/errors";
import { now as clockNow } from "@/lib/clock";
import { PUBLISHED_ORGANISATION_RESPONSE } from "@/lib/services/respond/organisation-responses";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  stage: true,
  opensAt: true,
  closesAt: true,
  originalClosesAt: true,
  closedEarlyAt: true,
  audiences: true,
} as const;

export type PublicConsultationSummary = {
  slug: string;
  title: string;
  summary: string;
  opensAt: Date;
  closesAt: Date;
  closedEarlyAt: Date | null;
  status: ConsultationStatus;
};

export type PublicHub = {
  now: Date;
  open: PublicConsultationSummary[];
  forthcoming: PublicConsultationSummary[];
  closed: PublicConsultationSummary[];
};

/** The hub: open ones closing soonest first, forthcoming by opening date, closed newest first. */
export async function listPublicConsultations(): Promise<PublicHub> {
  const now = clockNow();
  const rows = await db().consultation.findMany({
    where: { stage: { in: [...PUBLIC_STAGES] } },
    select: listSelect,
    orderBy: { closesAt: "asc" },
  });
  const items = rows.map((row) => ({ ...row, status: consultationStatus(row, now) }));
  return {
    now,
    open: items.filter((i) => i.status === "open"),
    forthcoming: items.filter((i) => i.status === "scheduled").sort((a, b) => +a.opensAt - +b.opensAt),
    closed: items
      .filter((i) => i.status === "closed" || i.status === "outcome")
      .sort((a, b) => +b.closesAt - +a.closesAt),
  };
}

/** One published consultation with everything its public page shows. */
export async function getPublicConsultation(slug: string) {
  const now = clockNow();
  const consultation = await db().consultation.findFirst({
    where: { slug, stage: { in: [...PUBLIC_STAGES] } },
    include: {
      proposals: { orderBy: { position: "asc" } },
      topics: { orderBy: { position: "asc" } },
      events: { orderBy: { startsAt: "asc" } },
      documents: { orderBy: { position: "asc" }, include: { versions: { orderBy: { createdAt: "desc" } } } },
      changes: { orderBy: { createdAt: "asc" } },
      questionnaires: { select: { format: true, _count: { select: { versions: true } } } },
      // Counted for the link to them; the page itself shows them only after closing.
      _count: { select: { responses: { where: PUBLISHED_ORGANISATION_RESPONSE } } },
    },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  return { consultation, status: consultationStatus(consultation, now), now };
}

export type PublicConsultation = Awaited<ReturnType<typeof getPublicConsultation>>;
