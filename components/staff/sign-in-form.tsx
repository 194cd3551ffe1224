"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/govuk";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";
import { FormPageTitle } from "@/components/forms/form-page-title";

type SignInFormProps = {
  action: ServerAction<unknown>;
  callbackUrl: string;
  /** Emailed links are on (STAFF_SIGN_IN email or both). */
  emailOn: boolean;
  /** "Sign in with your … account", when the council's identity provider is on. */
  oidcLabel?: string;
};

/** A plain form post to /sign-in/oidc, which sends the browser on to the identity provider. */
const OidcSignIn = ({ callbackUrl, label }: Readonly<{ callbackUrl: string; label: string }>) => (
  <form action="/sign-in/oidc" method="post">
    <input type="hidden" name="callbackUrl" value={callbackUrl} />
    <Button preventDoubleClick>{label}</Button>
  </form>
);

export const SignInForm = ({ action, callbackUrl, emailOn, oidcLabel }: Readonly<SignInFormProps>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  const hasError = Boolean(state && !state.ok);
  return (
    <>
      <FormPageTitle title="Sign in" hasError={hasError} />
      <ErrorSummary errorList={errorSummaryItems(state)} />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body">
        This is for council staff who run consultations. You do not need an account to respond to a consultation.
      </p>
      {oidcLabel && (
        <>
          <p className="govuk-body">Use the account you sign in to your work computer with.</p>
          <OidcSignIn callbackUrl={callbackUrl} label={oidcLabel} />
        </>
      )}
      {emailOn && (
        <>
          {oidcLabel && <h2 className="govuk-heading-m">Or get a sign-in link by email</h2>}
          <p className="govuk-body">
            Enter your work email address and we will email you a link to sign in. There is no password.
          </p>
          <form action={formAction} noValidate>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <TextInput
              name="email"
              type="email"
              label="Email address"
              labelClassName="govuk-label--s"
              autoComplete="email"
              spellCheck={false}
              defaultValue={submittedValue(state, "email")}
              errorMessage={fieldError(state, "email")}
            />
            <Button preventDoubleClick>Email me a sign-in link</Button>
          </form>
        </>
      )}
    </>
  );
};
