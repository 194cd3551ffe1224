"use client";

// Places or lifts a consultation's legal hold (issue #21): either way a reason is required, and
// it is recorded in the audit trail.
import { useActionState, type ReactNode } from "react";
import { Button, ErrorSummary, Textarea } from "@/components/govuk";
import { FormPageTitle } from "@/components/forms/form-page-title";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";

/** `children`: the heading and what the page shows, below the error summary. */
type Props = {
  action: ServerAction<unknown>;
  consultationId: string;
  held: boolean;
  title: string;
  children: ReactNode;
};

export const LegalHoldForm = ({ action, consultationId, held, title, children }: Readonly<Props>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title={title} hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state, { reason: "reason" })} />
      {children}
      <form action={formAction} noValidate>
        <input type="hidden" name="consultationId" value={consultationId} />
        <Textarea
          name="reason"
          label={held ? "Why can the hold be lifted?" : "Why must this consultation's data be kept?"}
          labelClassName="govuk-label--m"
          hint={
            held
              ? "For example, the judicial review has concluded."
              : "For example, a judicial review claim has been lodged. This is recorded in the audit trail."
          }
          rows={3}
          defaultValue={submittedValue(state, "reason")}
          errorMessage={fieldError(state, "reason")}
        />
        <Button preventDoubleClick variant={held ? "warning" : "primary"}>
          {held ? "Lift the legal hold" : "Place a legal hold"}
        </Button>
      </form>
    </>
  );
};
