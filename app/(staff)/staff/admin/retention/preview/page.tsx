// GET /staff/admin/retention/preview: what the retention schedule removes or anonymises next,
// for which consultation and when, and the legal holds stopping it (issue #21, settings.manage).
import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, Table, Tag } from "@/components/govuk";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { STEP_LABELS } from "@/lib/retention/plan";
import { retentionPreview } from "@/lib/services/retention/preview";
import { formatDate, formatDateTime } from "@/lib/text/dates";

const TITLE = "What the retention schedule does next";

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("settings.manage", TITLE);

const holdLink = (id: string, text: string) => (
  <Link className="govuk-link" href={`/staff/admin/retention/hold/${encodeURIComponent(id)}`}>
    {text}
  </Link>
);

export default async function RetentionPreviewPage() {
  const staff = await requireStaffForPage("/staff/admin/retention/preview", "settings.manage");
  const preview = await retentionPreview(staff);
  return (
    <>
      <BackLink href="/staff/admin/retention">Back to retention settings</BackLink>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        {preview.lastRun
          ? `The schedule last ran ${formatDateTime(preview.lastRun.at)}: ${preview.lastRun.detail ?? ""}`
          : "The schedule has not run yet."}{" "}
        {preview.nextRunAt ? `It next runs ${formatDateTime(preview.nextRunAt)}.` : "It runs every night."}
      </p>
      <h2 className="govuk-heading-m">Legal holds</h2>
      {preview.holds.length === 0 ? (
        <p className="govuk-body">No consultation is under a legal hold.</p>
      ) : (
        <Table
          caption="Consultations under legal hold"
          captionClassName="govuk-visually-hidden"
          head={[{ text: "Consultation" }, { text: "Reason" }, { text: "Since" }]}
          rows={preview.holds.map((h) => [
            { text: holdLink(h.consultationId, h.title) },
            { text: h.reason },
            { text: h.since ? formatDate(h.since) : "–" },
          ])}
        />
      )}
      <h2 className="govuk-heading-m">Coming up</h2>
      {preview.steps.length === 0 ? (
        <p className="govuk-body">
          Nothing is scheduled: no published consultation holds personal data still to remove.
        </p>
      ) : (
        <Table
          caption="Steps still to come, soonest first"
          captionClassName="govuk-visually-hidden"
          head={[{ text: "When" }, { text: "Consultation" }, { text: "What happens" }]}
          rows={preview.steps.map((s) => [
            {
              text: s.onHold ? (
                <Tag colour="orange">On legal hold</Tag>
              ) : s.overdue ? (
                `Next run (due ${formatDate(s.dueAt)})`
              ) : (
                formatDate(s.dueAt)
              ),
            },
            { text: holdLink(s.consultationId, s.title) },
            { text: STEP_LABELS[s.step] },
          ])}
        />
      )}
    </>
  );
}
