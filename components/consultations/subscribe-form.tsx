"use client";
// "Email me when the outcome is published": posts without JavaScript; GOV.UK errors.
import { useActionState } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/govuk";
import { FormPageTitle } from "@/components/forms/form-page-title";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";

type Props = { action: ServerAction<unknown>; slug: string; consultationTitle: string };

export const SubscribeForm = ({ action, slug, consultationTitle }: Readonly<Props>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title="Get email updates" hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state)} />
      <span className="govuk-caption-l">{consultationTitle}</span>
      <h1 className="govuk-heading-xl">Get an email when we publish the outcome</h1>
      <p className="govuk-body">
        We will send one email when we publish what we decided. We use your email address only for this.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="slug" value={slug} />
        <TextInput
          name="email"
          type="email"
          label="Email address"
          autoComplete="email"
          spellCheck={false}
          defaultValue={submittedValue(state, "email")}
          errorMessage={fieldError(state, "email")}
        />
        <Button preventDoubleClick>Send me a confirmation email</Button>
      </form>
    </>
  );
};
