// GET /staff/consultations/[id]/events/[eventId]: what happened at an engagement event, with its
// feedback points under headings (response.enter). Event feedback, not individual responses.
import type { Metadata } from "next";
import { BackLink, NotificationBanner } from "@/components/govuk";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EventFeedbackForm } from "@/components/entry/event-feedback-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { getEventFeedback } from "@/lib/services/events/event-feedback";
import { formatDateTime } from "@/lib/text/dates";
import { saveEventFeedbackAction } from "../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; eventId: string }>; searchParams: Promise<{ done?: string }> };

export default async function EventRecordPage({ params, searchParams }: Readonly<Props>) {
  const { id, eventId } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/events/${eventId}`, "response.enter");
  const event = await getEventFeedback(staff, id, eventId);
  const done = (await searchParams).done === "saved";
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${id}/events`}>Back to events</BackLink>
      {done && <NotificationBanner type="success" text="Event record saved." />}
      <span className="govuk-caption-l">
        {formatDateTime(event.startsAt)}, {event.place}
      </span>
      <h1 className="govuk-heading-l">Record what happened: {event.title}</h1>
      <EventFeedbackForm
        action={saveEventFeedbackAction}
        pageTitle={`Record what happened: ${event.title}`}
        consultationId={id}
        eventId={event.id}
        values={event}
      />
    </TwoThirdsPage>
  );
}
