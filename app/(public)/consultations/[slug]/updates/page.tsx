// GET /consultations/[slug]/updates: the email-updates sign-up form, and its "check your email" page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { BackLink } from "@/components/govuk/back-link";
import { SubscribeForm } from "@/components/consultations/subscribe-form";
import { getPublicConsultation } from "@/lib/services/consultations/public-consultations";
import { isAppError } from "@/lib/errors";
import { subscribeToOutcomeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = FORM_PAGE_METADATA;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sent?: string }> };

async function titleOf(slug: string): Promise<string | null> {
  try {
    return (await getPublicConsultation(slug)).consultation.title;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function UpdatesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const title = await titleOf(slug);
  if (!title) notFound();
  const sent = (await searchParams).sent === "1";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/consultations/${slug}`}>Back to the consultation</BackLink>
        {sent ? (
          <>
            <FormPageTitle title="Check your email" hasError={false} />
            <h1 className="govuk-heading-xl">Check your email</h1>
            <p className="govuk-body">
              We have sent you an email. Open the link in it to confirm you want updates on {title}.
            </p>
            <p className="govuk-body">If it has not arrived in a few minutes, check your spam folder.</p>
          </>
        ) : (
          <SubscribeForm action={subscribeToOutcomeAction} slug={slug} consultationTitle={title} />
        )}
      </div>
    </div>
  );
}
