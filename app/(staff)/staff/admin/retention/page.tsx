// GET /staff/admin/retention: the council's retention periods (issue #21, settings.manage).
import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { RetentionSettingsForm } from "@/components/retention/retention-settings-form";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { retentionSettings } from "@/lib/services/retention/retention-settings";
import { formatDateTime } from "@/lib/text/dates";
import { saveRetentionSettingsAction } from "./actions";

const TITLE = "Retention settings";

// The form sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("settings.manage", null);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RetentionSettingsPage({ searchParams }: Readonly<Props>) {
  const staff = await requireStaffForPage("/staff/admin/retention", "settings.manage");
  const settings = await retentionSettings();
  const { done } = await searchParams;
  return (
    <TwoThirdsPage>
      {done === "saved" && (
        <NotificationBanner type="success" text="Retention periods saved. Every privacy notice now says the same." />
      )}
      <RetentionSettingsForm action={saveRetentionSettingsAction} values={settings} title={TITLE}>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          How long each kind of personal data is kept. A job applies these every night, and every consultation&apos;s
          privacy notice is built from them.
        </p>
        <p className="govuk-body">
          {settings.isDefault
            ? "These are the default periods: nobody has changed them yet."
            : `Last changed ${formatDateTime(settings.updatedAt as Date)}.`}
        </p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href="/staff/admin/retention/preview">
              What the schedule does next, and legal holds
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/staff/admin/retention/what-we-hold">
              What we hold
            </Link>
          </li>
          {can(staff.role, "personalData.request") && (
            <li>
              <Link className="govuk-link" href="/staff/admin/subject-access">
                Subject access and erasure requests
              </Link>
            </li>
          )}
        </ul>
      </RetentionSettingsForm>
    </TwoThirdsPage>
  );
}
