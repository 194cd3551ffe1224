// GET /staff/consultations/[id]/preview: the public page as the public will see it, drafts
// included, with each text block's readability under it (issue #4 §5). consultation.read,
// which every role that can edit also has.
import type { Metadata } from "next";
import { BackLink, NotificationBanner } from "@/components/govuk";
import { PublicConsultationView } from "@/components/consultations/public-consultation-view";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";

export const generateMetadata = (): Promise<Metadata> =>
  staffPageMetadata("consultation.read", "Preview and readability");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function ConsultationPreviewPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/preview`, "consultation.read");
  const { consultation, status, now } = await getStaffConsultation(staff, id);
  return (
    <>
      <BackLink href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</BackLink>
      <NotificationBanner title="Preview">
        <p className="govuk-notification-banner__heading">
          {consultation.stage === "DRAFT"
            ? "This is a draft. The public cannot see it until it is published."
            : "This is how the public page looks now."}
        </p>
        <p className="govuk-body">
          Readability (Flesch reading ease) is shown under the summary, reasons, proposals and full text. Aim for 60 or
          more.
        </p>
      </NotificationBanner>
      <PublicConsultationView consultation={consultation} status={status} now={now} showReadability />
    </>
  );
}
