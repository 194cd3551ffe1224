// GET /staff/consultations/[id]: one consultation for officers: its checklist, documents,
// readability, and the lifecycle actions its stage allows (consultation.read to view). The
// publish, extend and close-early forms share one ActionFormGroup, which owns the page title.
import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner } from "@/components/govuk";
import { StatusTag } from "@/components/consultations/status-tag";
import { ChecklistPanel } from "@/components/consultations/checklist-panel";
import { DocumentTable } from "@/components/consultations/document-table";
import { LifecycleForms } from "@/components/consultations/lifecycle-forms";
import { ActionFormGroup } from "@/components/forms/action-form";
import { ReadabilityPanel } from "@/components/consultations/readability-panel";
import type { ServerAction } from "@/lib/actions/action-result";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { ownerLabel } from "@/lib/services/consultations/owners";
import { checklistFor, getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { now } from "@/lib/clock";
import { datedWords, durationInWords } from "@/lib/text/dates";
import { closeConsultationEarlyAction, extendConsultationAction, publishConsultationAction } from "../actions";

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("consultation.read", null);
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = {
  created: "Consultation saved as a draft.",
  saved: "Changes saved.",
  published: "Consultation published.",
  extended: "Closing date extended.",
  closed: "Consultation closed early.",
  outcome: "Outcome published and subscribers emailed.",
  uploaded: "Document uploaded.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function StaffConsultationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}`, "consultation.read");
  const { consultation: c, status } = await getStaffConsultation(staff, id);
  const done = DONE[(await searchParams).done ?? ""];
  const at = now();
  const checklist = checklistFor(c);
  const canEdit = can(staff.role, "consultation.edit");
  const canPublish = can(staff.role, "consultation.publish");
  const actions: Record<string, ServerAction<unknown>> = !canPublish
    ? {}
    : c.stage === "DRAFT"
      ? { publish: publishConsultationAction }
      : { extend: extendConsultationAction, close: closeConsultationEarlyAction };
  return (
    <ActionFormGroup title={c.title} actions={actions}>
      <BackLink href="/staff/consultations">Back to consultations</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">Consultation</span>
      <h1 className="govuk-heading-l">{c.title}</h1>
      <p className="govuk-body">
        <StatusTag status={status} /> This consultation {datedWords("opens", c.opensAt, at, true)} and{" "}
        {datedWords("closes", c.closedEarlyAt ?? c.closesAt, at, true)} ({durationInWords(c.opensAt, c.closesAt)}).
      </p>
      <p className="govuk-body">
        Owner: {c.owner ? `${ownerLabel(c.owner)}${c.owner.active ? "" : " (account deactivated)"}` : "not set"}
      </p>
      {/* A list, not a paragraph of links: wrapped inline links sit closer than the 24 px
          target spacing WCAG 2.2 (2.5.8) asks for once there are this many. */}
      <ul className="govuk-list">
        {canEdit && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/edit`}>
              Edit details
            </a>
          </li>
        )}
        {canEdit && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/events`}>
              Events
            </a>
          </li>
        )}
        {canEdit && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/easy-read-summary`}>
              Edit the Easy Read summary
            </a>
          </li>
        )}
        <li>
          <a className="govuk-link" href={`/staff/consultations/${c.id}/preview`}>
            Preview and readability
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/staff/consultations/${c.id}/questionnaire`}>
            Questionnaire
          </a>
        </li>
        {c.stage !== "DRAFT" && can(staff.role, "response.read") && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/responses`}>
              Responses
            </a>
          </li>
        )}
        {c.stage !== "DRAFT" && can(staff.role, "analysis.read") && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/analysis`}>
              Analysis
            </a>
          </li>
        )}
        {c.stage !== "DRAFT" && can(staff.role, "export.download") && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/downloads`}>
              Downloads: findings report and response data
            </a>
          </li>
        )}
        {can(staff.role, "response.import") && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/imports`}>
              Import responses
            </a>
          </li>
        )}
        {c.stage !== "DRAFT" && (
          <li>
            <a className="govuk-link" href={`/consultations/${c.slug}`}>
              Public page
            </a>
          </li>
        )}
        {c.stage !== "DRAFT" && can(staff.role, "outcome.edit") && (
          <li>
            <a className="govuk-link" href={`/staff/consultations/${c.id}/outcome`}>
              Outcome
            </a>
          </li>
        )}
      </ul>
      <h2 className="govuk-heading-m">Documents</h2>
      <DocumentTable consultationId={c.id} documents={c.documents} staffView />
      {canEdit && (
        <Button href={`/staff/consultations/${c.id}/documents/new`} variant="secondary">
          Upload a document
        </Button>
      )}
      <ReadabilityPanel texts={{ Summary: c.summary, "Full text": c.body, Reasons: c.reasons }} />
      {c.stage === "DRAFT" ? (
        <ChecklistPanel result={checklist} consultationId={c.id} canPublish={canPublish} />
      ) : (
        canPublish && <LifecycleForms consultationId={c.id} status={status} closesAt={c.closesAt} />
      )}
    </ActionFormGroup>
  );
}
