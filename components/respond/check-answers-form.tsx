"use client";

// The "Check your answers" submit form: an optional address for a receipt, a hidden submission
// key that makes sending idempotent, and the send button (issue #6, items 4 and 5).
import { type ReactNode, useActionState, useCallback } from "react";
import { Button, Checkboxes, ErrorSummary, TextInput } from "@/components/govuk";
import { CONTROL_FIELDS, type TRespondentFormState } from "@/lib/respond/form-controls";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { Honeypot } from "./honeypot";
import { flatFieldErrors } from "./resolver-errors";
import { useSubmitValidation } from "./use-submit-validation";

export type CheckAnswersFormProps = {
  /** The page's heading and text, shown under the error summary and above the form. */
  children?: ReactNode;
  action: (state: TRespondentFormState, formData: FormData) => Promise<TRespondentFormState>;
  /** The page's own title; FormPageTitle adds the service and council. */
  pageTitle: string;
  submissionKey: string;
  versionId: string;
  /** The address on file when changing a sent response. */
  email?: string;
  wantsUpdates?: boolean;
  /** "Send your response", or "Send your changes" when changing one. */
  sendLabel: string;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const CheckAnswersForm = ({ children, ...props }: Readonly<CheckAnswersFormProps>) => {
  const [state, formAction] = useActionState(props.action, null);
  const read = useCallback((form: HTMLFormElement) => Object.fromEntries(new FormData(form)), []);
  const schema = useCallback(async () => (await import("@/lib/validation/response")).ZReceiptRequestSchema, []);
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
  const email = state ? first(state.values.email) : props.email;
  const wantsUpdates = state ? first(state.values["wants-updates"]) === "yes" : props.wantsUpdates;
  return (
    <>
      <FormPageTitle title={props.pageTitle} hasError={errorList.length > 0} />
      <div ref={summaryRef}>
        <ErrorSummary errorList={errorList} />
      </div>
      {children}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} onFocus={warm} noValidate>
        <input type="hidden" name={CONTROL_FIELDS.submissionKey} value={props.submissionKey} />
        <input type="hidden" name={CONTROL_FIELDS.versionId} value={props.versionId} />
        <Honeypot />
        <h2 className="govuk-heading-m">Get a copy of your response</h2>
        <TextInput
          name="email"
          type="email"
          label="Email address (optional)"
          labelClassName="govuk-label--s"
          hint="We will email you your reference and a copy of your answers, with a link to change or withdraw your response while the consultation is open."
          autoComplete="email"
          spellCheck={false}
          defaultValue={email}
          errorMessage={errors.email}
        />
        <Checkboxes
          name="wants-updates"
          small
          items={[{ value: "yes", text: "Email me when the results are published", defaultChecked: wantsUpdates }]}
          errorMessage={errors["wants-updates"]}
        />
        <h2 className="govuk-heading-m">Now send your response</h2>
        <p className="govuk-body">
          By sending this response you are confirming that, to the best of your knowledge, the answers you are giving
          are correct.
        </p>
        <Button preventDoubleClick>{props.sendLabel}</Button>
      </form>
    </>
  );
};
