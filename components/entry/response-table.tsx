import { ListPagination, Table, Tag } from "@/components/govuk";
import { FORMAT_LABELS, type TResponseListRow as ResponseRow } from "@/lib/respond/channels";
import { formatDate } from "@/lib/text/dates";
import { ChannelTag } from "./channel-tag";

type ResponseTableProps = {
  rows: ReadonlyArray<ResponseRow>;
  total: number;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** The page of a response, for those the signed-in staff member may open. */
  detailHref?: (row: ResponseRow) => string | undefined;
};

const ReferenceCell = ({ reference, href }: Readonly<{ reference: string; href?: string }>) =>
  href ? (
    <a className="govuk-link" href={href}>
      {reference}
    </a>
  ) : (
    <>{reference}</>
  );

const dateCell = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{formatDate(d)}</time> : "Not recorded");

export const ResponseTable = ({ rows, total, page, pageCount, hrefFor, detailHref }: Readonly<ResponseTableProps>) => {
  if (total === 0) return <p className="govuk-body">No responses match these filters.</p>;
  return (
    <>
      <Table
        caption={`${total} response${total === 1 ? "" : "s"}, newest first`}
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[
          { text: "Reference" },
          { text: "Channel" },
          { text: "Format" },
          { text: "Received" },
          { text: "Submitted" },
          { text: "Entered by" },
          { text: "Organisation" },
        ]}
        rows={rows.map((r) => [
          {
            text: (
              <>
                <ReferenceCell reference={r.reference ?? "No reference"} href={detailHref?.(r)} />
                {r.status === "WITHDRAWN" && (
                  <>
                    {" "}
                    <Tag colour="red">Withdrawn</Tag>
                  </>
                )}
                {r.lateReason && (
                  <>
                    {" "}
                    <Tag colour="orange">Late</Tag>
                  </>
                )}
              </>
            ),
          },
          { text: <ChannelTag channel={r.channel} /> },
          { text: FORMAT_LABELS[r.format as keyof typeof FORMAT_LABELS] ?? r.format },
          { text: dateCell(r.receivedAt) },
          { text: dateCell(r.submittedAt) },
          { text: r.enteredBy ?? "Respondent (online)" },
          { text: r.organisationName ?? "" },
        ])}
      />
      <ListPagination page={page} pageCount={pageCount} hrefFor={hrefFor} landmarkLabel="Response pages" />
    </>
  );
};
