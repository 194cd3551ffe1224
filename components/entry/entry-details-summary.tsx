import { SummaryList, Tag } from "@/components/govuk";
import { formatFileSize } from "@/lib/storage/sniff";
import {
  CHANNEL_LABELS,
  COMPLETED_HOW_LABELS,
  FORMAT_LABELS,
  isChannel,
  type TCompletedHow,
} from "@/lib/respond/channels";
import { formatDate } from "@/lib/text/dates";

export type EntryDetails = {
  format: "STANDARD" | "EASY_READ";
  channel: string;
  completedHow: string | null;
  receivedAt: Date | null;
  lateReason: string | null;
  partnerOrganisation: string | null;
  organisationName: string | null;
  organisationPublish: boolean;
  enteredBy: { name: string | null; email: string } | null;
  scanFileName: string | null;
  scanSizeBytes: number | null;
};

type Props = { details: EntryDetails; changeHref?: string; originalHref?: string };

/** The recorded details of an entered response, with one "Change" link to the details form. */
export const EntryDetailsSummary = ({ details: d, changeHref, originalHref }: Readonly<Props>) => {
  const change = (what: string) =>
    changeHref ? [{ href: changeHref, text: "Change", visuallyHiddenText: what }] : undefined;
  return (
    <SummaryList
      card={{ title: "How the response reached us", headingLevel: 2 }}
      rows={[
        { key: "Format", value: FORMAT_LABELS[d.format] },
        {
          key: "Channel",
          value: isChannel(d.channel) ? CHANNEL_LABELS[d.channel] : d.channel,
          actions: change("the channel"),
        },
        {
          key: "Date received",
          value: (
            <>
              {d.receivedAt ? formatDate(d.receivedAt) : "Not recorded"}
              {d.lateReason && (
                <>
                  {" "}
                  <Tag colour="orange">Late</Tag>
                  <br />
                  Accepted because: {d.lateReason}
                </>
              )}
            </>
          ),
          actions: change("the date received"),
        },
        {
          key: "Completed",
          value: d.completedHow ? COMPLETED_HOW_LABELS[d.completedHow as TCompletedHow] : "Not recorded",
          actions: change("how it was completed"),
        },
        {
          key: "Partner organisation",
          value: d.partnerOrganisation ?? "None",
          actions: change("the partner organisation"),
        },
        {
          key: "On behalf of",
          value: d.organisationName
            ? `${d.organisationName} (${d.organisationPublish ? "agreed to publication" : "not for publication"})`
            : "An individual",
          actions: change("who it is on behalf of"),
        },
        {
          key: "Entered by",
          value: d.enteredBy
            ? (d.enteredBy.name ?? d.enteredBy.email)
            : d.channel === "ONLINE"
              ? "The respondent, online"
              : "Unknown",
        },
        {
          key: "Scanned original",
          value:
            d.scanFileName && originalHref ? (
              <a className="govuk-link" href={originalHref}>
                {d.scanFileName} ({formatFileSize(d.scanSizeBytes ?? 0)})
              </a>
            ) : (
              "None attached"
            ),
        },
      ]}
    />
  );
};
