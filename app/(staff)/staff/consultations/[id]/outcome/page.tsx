// GET /staff/consultations/[id]/outcome: write "We asked, you said, we did" (outcome.edit) and,
// once the consultation has closed, publish it and email subscribers (outcome.publish).
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { BackLink, Button, NotificationBanner } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundDateField, BoundTextarea } from "@/components/forms/bound-fields";
import { TwoThirdsPage } from "@/components/layout/grid";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { publishOutcomeAction, saveOutcomeAction } from "../../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function OutcomePage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/outcome`, "outcome.edit");
  const { consultation: c, status } = await getStaffConsultation(staff, id);
  const saved = (await searchParams).done === "saved";
  const ready = Boolean(c.outcomeDecision && c.outcomeSummary && c.outcomeChanges && c.outcomeDecidedAt);
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      {saved && <NotificationBanner type="success" text="Outcome saved." />}
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">We asked, you said, we did</h1>
      {status === "outcome" && (
        <p className="govuk-body">
          The outcome is published. Changes you save here appear on the public page straight away.
        </p>
      )}
      <ActionForm action={saveOutcomeAction} pageTitle="Outcome" fieldIds={{ decided: "decided-day" }}>
        <input type="hidden" name="consultationId" value={c.id} />
        <BoundTextarea
          name="outcomeDecision"
          label="The decision"
          labelClassName="govuk-label--s"
          rows={5}
          defaultValue={c.outcomeDecision ?? ""}
        />
        <BoundTextarea
          name="outcomeSummary"
          label="What people said: a summary of responses"
          labelClassName="govuk-label--s"
          rows={8}
          defaultValue={c.outcomeSummary ?? ""}
        />
        <BoundTextarea
          name="outcomeChanges"
          label="What we changed because of the responses"
          labelClassName="govuk-label--s"
          rows={8}
          defaultValue={c.outcomeChanges ?? ""}
        />
        <BoundDateField prefix="decided" legend="Date of the decision" value={c.outcomeDecidedAt} />
        <Button variant="secondary">Save outcome</Button>
      </ActionForm>
      {status === "closed" && can(staff.role, "outcome.publish") && (
        <>
          <h2 className="govuk-heading-m">Publish the outcome</h2>
          <p className="govuk-body">
            {ready
              ? "Publishing shows the outcome on the public page and emails everyone who asked for updates."
              : "Save the decision, the summary, what changed and the date first."}
          </p>
          {ready && (
            <ActionForm action={publishOutcomeAction}>
              <input type="hidden" name="consultationId" value={c.id} />
              <Button preventDoubleClick>Publish outcome</Button>
            </ActionForm>
          )}
        </>
      )}
    </TwoThirdsPage>
  );
}
