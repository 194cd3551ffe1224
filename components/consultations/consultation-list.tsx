import Link from "next/link";
import type { ConsultationStatus } from "@/lib/consultations/status";
import { closesInWords, formatDate } from "@/lib/text/dates";
import { StatusTag } from "./status-tag";

export type ConsultationListItem = {
  slug: string;
  title: string;
  summary: string;
  opensAt: Date;
  closesAt: Date;
  closedEarlyAt: Date | null;
  status: ConsultationStatus;
};

type Props = { items: ReadonlyArray<ConsultationListItem>; now: Date; headingLevel?: 2 | 3; emptyText: string };

function dateLine(item: ConsultationListItem, now: Date): string {
  if (item.status === "open") return `Open until ${formatDate(item.closesAt)} (${closesInWords(item.closesAt, now)})`;
  if (item.status === "scheduled") return `Opens on ${formatDate(item.opensAt)}`;
  return `Closed on ${formatDate(item.closedEarlyAt ?? item.closesAt)}`;
}

/** A list of consultations for the hub: title link, status, dates and the short summary. */
export const ConsultationList = ({ items, now, headingLevel = 3, emptyText }: Readonly<Props>) => {
  if (items.length === 0) return <p className="govuk-body">{emptyText}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="govuk-list hys-consultation-list">
      {items.map((item) => (
        <li key={item.slug} className="hys-consultation-list__item">
          <Heading className="govuk-heading-m govuk-!-margin-bottom-2">
            <Link className="govuk-link" href={`/consultations/${item.slug}`}>
              {item.title}
            </Link>
          </Heading>
          <p className="govuk-body govuk-!-margin-bottom-2">
            <StatusTag status={item.status} /> <span className="govuk-body-s">{dateLine(item, now)}</span>
          </p>
          <p className="govuk-body">{item.summary}</p>
        </li>
      ))}
    </ul>
  );
};
