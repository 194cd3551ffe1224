"use client";

// "Save and come back later": asks where to send a single-use link (issue #6, item 3).
import { type ReactNode, useActionState, useCallback } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/govuk";
import type { TRespondentFormState } from "@/lib/respond/form-controls";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { Honeypot } from "./honeypot";
import { flatFieldErrors } from "./resolver-errors";
import { useSubmitValidation } from "./use-submit-validation";

export type SaveForLaterFormProps = {
  /** The page's heading and text, shown under the error summary and above the form. */
  children?: ReactNode;
  action: (state: TRespondentFormState, formData: FormData) => Promise<TRespondentFormState>;
  /** The page's own title; FormPageTitle adds the service and council. */
  pageTitle: string;
};

export const SaveForLaterForm = ({ action, pageTitle, children }: Readonly<SaveForLaterFormProps>) => {
  const [state, formAction] = useActionState(action, null);
  const read = useCallback((form: HTMLFormElement) => Object.fromEntries(new FormData(form)), []);
  const schema = useCallback(async () => (await import("@/lib/validation/response")).ZSaveForLaterSchema, []);
  const { formRef, summaryRef, onSubmit, clientErrors, warm } = useSubmitValidation({
    schema,
    read,
    toFieldErrors: flatFieldErrors,
  });
  const errors = clientErrors ?? state?.fieldErrors ?? {};
  const errorList = [
    ...(state?.formError && !clientErrors ? [{ text: state.formError }] : []),
    ...Object.entries(errors).map(([field, message]) => ({ text: message, href: `#${field}` })),
  ];
  const email = state?.values.email;
  return (
    <>
      <FormPageTitle title={pageTitle} hasError={errorList.length > 0} />
      <div ref={summaryRef}>
        <ErrorSummary errorList={errorList} />
      </div>
      {children}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} onFocus={warm} noValidate>
        <Honeypot />
        <TextInput
          name="email"
          type="email"
          label="Email address"
          labelClassName="govuk-label--m"
          hint="We will only use this to send you the link."
          autoComplete="email"
          spellCheck={false}
          defaultValue={Array.isArray(email) ? email[0] : email}
          errorMessage={errors.email}
        />
        <Button preventDoubleClick>Send me a link</Button>
      </form>
    </>
  );
};
