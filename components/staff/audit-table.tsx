import { ListPagination, Table } from "@/components/govuk";
import { formatDateTime } from "@/lib/text/dates";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  actorName: string | null;
  actionLabel: string;
  targetType: string | null;
  targetLabel: string | null;
  detail: string | null;
};

type AuditTableProps = {
  events: ReadonlyArray<AuditRow>;
  total: number;
  page: number;
  pageCount: number;
  /** The link to another page of the same filtered list. */
  hrefFor: (page: number) => string;
};

export const AuditTable = ({ events, total, page, pageCount, hrefFor }: Readonly<AuditTableProps>) => {
  if (total === 0) return <p className="govuk-body">No events match these filters.</p>;
  return (
    <>
      <Table
        caption={`${total} event${total === 1 ? "" : "s"}, newest first`}
        captionClassName="govuk-table__caption--m"
        head={[{ text: "When" }, { text: "Who" }, { text: "What" }, { text: "Record" }, { text: "Detail" }]}
        rows={events.map((event) => [
          { text: <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time> },
          { text: event.actorName ? `${event.actorName} (${event.actorLabel})` : event.actorLabel },
          { text: event.actionLabel },
          { text: event.targetType ? `${event.targetType}: ${event.targetLabel ?? ""}` : "" },
          { text: event.detail ?? "" },
        ])}
      />
      <ListPagination page={page} pageCount={pageCount} hrefFor={hrefFor} landmarkLabel="Audit trail pages" />
    </>
  );
};
