// GET /staff/admin/retention/what-we-hold: each kind of personal data with its count, oldest
// record and next deletion (issue #21, settings.manage): the record of processing, kept current.
import type { Metadata } from "next";
import { BackLink, Table } from "@/components/govuk";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { whatWeHold } from "@/lib/services/retention/what-we-hold";
import { formatDate } from "@/lib/text/dates";

const TITLE = "What we hold";

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("settings.manage", TITLE);

export default async function WhatWeHoldPage() {
  const staff = await requireStaffForPage("/staff/admin/retention/what-we-hold", "settings.manage");
  const holdings = await whatWeHold(staff);
  return (
    <>
      <BackLink href="/staff/admin/retention">Back to retention settings</BackLink>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Every kind of personal data this service holds, counted now. The lawful basis for all of it is public task:
        running consultations the council must or chooses to hold before deciding.
      </p>
      <Table
        caption="Personal data held, by kind"
        captionClassName="govuk-visually-hidden"
        head={[
          { text: "Kind of data" },
          { text: "Records", format: "numeric" },
          { text: "Oldest" },
          { text: "Next deletion" },
          { text: "Kept" },
        ]}
        rows={holdings.map((h) => [
          {
            text: (
              <>
                <strong>{h.label}</strong>
                <br />
                {h.what}
              </>
            ),
          },
          { text: h.count.toLocaleString("en-GB"), format: "numeric" },
          { text: h.oldest ? formatDate(h.oldest) : "–" },
          { text: h.nextDeletion ? formatDate(h.nextDeletion) : "–" },
          { text: h.retention },
        ])}
      />
    </>
  );
}
