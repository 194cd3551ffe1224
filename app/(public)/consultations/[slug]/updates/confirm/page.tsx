// GET /consultations/[slug]/updates/confirm?token=…: the second step of the double opt-in.
// Opening the emailed link changes nothing (mail scanners open links); the "Confirm email
// updates" button posts the token to confirmSubscriptionAction, which comes back here with
// ?confirmed=1.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { Button } from "@/components/govuk/button";
import { findSubscriptionToConfirm } from "@/lib/services/subscriptions/subscriptions";
import { confirmSubscriptionAction } from "../actions";

export const dynamic = "force-dynamic";
// The token is in the address: never send it to another site.
export const metadata: Metadata = { ...FORM_PAGE_METADATA, robots: { index: false }, referrer: "same-origin" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ token?: string; confirmed?: string }> };

const Column = ({ children }: Readonly<{ children: ReactNode }>) => (
  <div className="govuk-grid-row">
    <div className="govuk-grid-column-two-thirds">{children}</div>
  </div>
);

const BackToConsultation = ({ slug }: Readonly<{ slug: string }>) => (
  <p className="govuk-body">
    <a className="govuk-link" href={`/consultations/${slug}`}>
      Go to the consultation
    </a>
  </p>
);

export default async function ConfirmPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { token = "", confirmed } = await searchParams;
  if (confirmed === "1") {
    return (
      <Column>
        <FormPageTitle title="Email updates confirmed" hasError={false} />
        <h1 className="govuk-heading-xl">You will get an email when we publish the outcome</h1>
        <p className="govuk-body">
          We will email you once, when we publish what we decided. Every email has a link to stop updates.
        </p>
        <BackToConsultation slug={slug} />
      </Column>
    );
  }
  const subscription = await findSubscriptionToConfirm(slug, token);
  if (!subscription) {
    return (
      <Column>
        <FormPageTitle title="This link has not worked" hasError={false} />
        <h1 className="govuk-heading-xl">This link has not worked</h1>
        <p className="govuk-body">
          The link may be out of date or already used to stop updates. You can ask for updates again from the
          consultation page.
        </p>
        <BackToConsultation slug={slug} />
      </Column>
    );
  }
  return (
    <Column>
      <ActionForm action={confirmSubscriptionAction} pageTitle="Confirm email updates">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="token" value={token} />
        <span className="govuk-caption-l">{subscription.title}</span>
        <h1 className="govuk-heading-xl">Confirm email updates</h1>
        <p className="govuk-body">
          {subscription.confirmed
            ? "You have already confirmed. We will email you once, when we publish the outcome."
            : "Confirm that you want one email when we publish what we decided. We use your email address only for this."}
        </p>
        {!subscription.confirmed && <Button preventDoubleClick>Confirm email updates</Button>}
      </ActionForm>
    </Column>
  );
}
