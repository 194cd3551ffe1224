// GET /staff/consultations/[id]/events: the consultation's events, with add and remove (consultation.edit).
import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundDateField, BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { formatDateTime } from "@/lib/text/dates";
import { addEventAction, removeEventAction } from "../../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function EventsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/events`, "consultation.edit");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const done = (await searchParams).done;
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      {done && <NotificationBanner type="success" text={done === "added" ? "Event added." : "Event removed."} />}
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Events</h1>
      {c.events.length === 0 ? (
        <p className="govuk-body">No events yet.</p>
      ) : (
        <ul className="govuk-list">
          {c.events.map((e) => (
            <li key={e.id} className="govuk-!-margin-bottom-4">
              <strong>{e.title}</strong>, {formatDateTime(e.startsAt)}, {e.place}{" "}
              {can(staff.role, "response.enter") && (
                <a className="govuk-link" href={`/staff/consultations/${c.id}/events/${e.id}`}>
                  Record what happened<span className="govuk-visually-hidden"> at {e.title}</span>
                </a>
              )}
              <ActionForm action={removeEventAction}>
                <input type="hidden" name="consultationId" value={c.id} />
                <input type="hidden" name="eventId" value={e.id} />
                <Button variant="warning" className="govuk-!-margin-bottom-0">
                  Remove<span className="govuk-visually-hidden"> {e.title}</span>
                </Button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Add an event</h2>
      <ActionForm action={addEventAction} pageTitle="Events" fieldIds={{ starts: "starts-day" }}>
        <input type="hidden" name="consultationId" value={c.id} />
        <BoundTextInput
          name="title"
          label="Event name"
          labelClassName="govuk-label--s"
          hint="For example, Drop-in session for parents and carers"
        />
        <BoundDateField prefix="starts" legend="Date" hint="For example, 14 5 2027" />
        <BoundTextInput
          name="time"
          label="Start time"
          labelClassName="govuk-label--s"
          hint="24-hour clock, for example 18:30"
          width={5}
        />
        <BoundTextInput name="place" label="Place" labelClassName="govuk-label--s" />
        <BoundTextarea
          name="accessibilityNotes"
          label="Accessibility (optional)"
          labelClassName="govuk-label--s"
          hint="Step-free access, hearing loop, BSL interpreter, parking."
          rows={3}
        />
        <BoundTextInput
          name="booking"
          label="How to book (optional)"
          labelClassName="govuk-label--s"
          hint="For example, No need to book, or a phone number."
        />
        <Button>Add event</Button>
      </ActionForm>
    </TwoThirdsPage>
  );
}
