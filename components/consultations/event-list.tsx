import { SummaryList } from "@/components/govuk/summary-list";
import { formatDayDate, formatTime } from "@/lib/text/dates";

export type EventItem = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  audience: string | null;
  accessibilityNotes: string | null;
  booking: string | null;
};

const when = (e: EventItem) =>
  `${formatDayDate(e.startsAt)}, ${formatTime(e.startsAt)}${e.endsAt ? ` to ${formatTime(e.endsAt)}` : ""}`;

/** Engagement events: when, where, who for, access and booking, in plain words. */
export const EventList = ({
  events,
  headingLevel = 3,
}: Readonly<{ events: ReadonlyArray<EventItem>; headingLevel?: 3 | 4 }>) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="govuk-list">
      {events.map((event) => (
        <li key={event.id} className="govuk-!-margin-bottom-6">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{event.title}</Heading>
          <SummaryList
            className="govuk-summary-list--no-border"
            rows={[
              { key: "When", value: when(event) },
              { key: "Where", value: event.place },
              event.audience ? { key: "Who it is for", value: event.audience } : null,
              event.accessibilityNotes ? { key: "Access", value: event.accessibilityNotes } : null,
              event.booking ? { key: "Booking", value: event.booking } : null,
            ]}
          />
        </li>
      ))}
    </ul>
  );
};
