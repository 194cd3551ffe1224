// GET /sign-in: staff sign in with the council's identity provider and/or ask for an emailed
// link (STAFF_SIGN_IN). Already signed in: straight to the dashboard.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NotificationBanner } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { SignInForm } from "@/components/staff/sign-in-form";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { isEmailSignInOn, isOidcSignInOn, oidcButtonLabel } from "@/lib/auth/oidc-config";
import { getCurrentStaff } from "@/lib/auth/session";
import { ZSignInRequestSchema } from "@/lib/validation/auth";
import { requestSignInLinkAction } from "./actions";

export const metadata: Metadata = { ...FORM_PAGE_METADATA, robots: { index: false } };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Readonly<SignInPageProps>) {
  const query = await searchParams;
  const callbackUrl = ZSignInRequestSchema.shape.callbackUrl.parse(
    typeof query.callbackUrl === "string" ? query.callbackUrl : undefined,
  );
  if (await getCurrentStaff()) redirect(callbackUrl);
  return (
    <TwoThirdsPage>
      {query.error && (
        <NotificationBanner title="Important">
          <p className="govuk-notification-banner__heading">We could not sign you in. Try again below.</p>
        </NotificationBanner>
      )}
      <SignInForm
        action={requestSignInLinkAction}
        callbackUrl={callbackUrl}
        emailOn={isEmailSignInOn()}
        oidcLabel={isOidcSignInOn() ? oidcButtonLabel() : undefined}
      />
    </TwoThirdsPage>
  );
}
