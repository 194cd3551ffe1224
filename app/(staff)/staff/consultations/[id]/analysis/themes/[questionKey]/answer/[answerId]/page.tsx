// GET /staff/consultations/[id]/analysis/themes/[questionKey]/answer/[answerId]: a reviewed
// comment that a theme suggestion's evidence names (issue #22: "resembles these reviewed
// comments"), with the themes the officers accepted and rejected on it, so an officer can see why
// the learned model suggested what it did. Redacted text only, as everywhere in theme review.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, InsetText, SummaryList } from "@/components/govuk";
import { AccessDenied } from "@/components/staff/access-denied";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { findOpenQuestion } from "@/lib/services/analysis/free-text/overview";
import { reviewedAnswer } from "@/lib/services/analysis/free-text/learning";
import { reviewedAnswerPath, themesPath } from "../../../paths";

type Props = { params: Promise<{ id: string; questionKey: string; answerId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("analysis.read", "Reviewed comment");
}
export const dynamic = "force-dynamic";

export default async function ReviewedAnswerPage({ params }: Readonly<Props>) {
  const { id, questionKey: rawKey, answerId: rawAnswer } = await params;
  const questionKey = decodeURIComponent(rawKey);
  const answerId = decodeURIComponent(rawAnswer);
  const staff = await requireStaffForPage(reviewedAnswerPath(id, questionKey, answerId), "analysis.read");
  if (!staff) return <AccessDenied />;
  const { consultation: c } = await getStaffConsultation(staff, id);
  const question = await findOpenQuestion(staff, c.id, questionKey);
  if (!question) notFound();
  const answer = await reviewedAnswer(staff, { consultationId: c.id, questionKey, answerId });
  if (!answer) notFound();
  const none = "None";
  return (
    <>
      <BackLink href={`${themesPath(c.id, questionKey)}/review`}>Back to the review queue</BackLink>
      <span className="govuk-caption-l">{question.title}</span>
      <h1 className="govuk-heading-l">Reviewed comment</h1>
      <p className="govuk-body">
        Theme suggestions for other comments learn from the decisions on this one. It is shown with personal details
        removed.
      </p>
      <InsetText>{answer.text}</InsetText>
      <SummaryList
        rows={[
          { key: "Themes accepted", value: answer.accepted.length ? answer.accepted.join(", ") : none },
          { key: "Themes rejected", value: answer.rejected.length ? answer.rejected.join(", ") : none },
        ]}
      />
    </>
  );
}
