"use client";

import { useActionState } from "react";
import { Button, ButtonGroup, ErrorSummary, WarningText } from "@/components/govuk";
import { errorSummaryItems, type ActionState, type ServerAction } from "@/lib/actions/action-result";
import { FormPageTitle } from "@/components/forms/form-page-title";

type AccountStatusFormProps = {
  action: ServerAction<unknown>;
  userId: string;
  who: string;
  active: boolean;
  title: string;
  cancelHref: string;
};

/** Confirms deactivating (which ends their sessions at once) or reactivating an account. */
export const AccountStatusForm = ({
  action,
  userId,
  who,
  active,
  title,
  cancelHref,
}: Readonly<AccountStatusFormProps>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title={title} hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state)} />
      <span className="govuk-caption-l">{who}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {active ? (
        <WarningText>
          They will be signed out straight away, and cannot sign in again until an administrator reactivates the
          account.
        </WarningText>
      ) : (
        <p className="govuk-body">They will be able to ask for a sign-in link again. Their role stays the same.</p>
      )}
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <ButtonGroup>
          <Button variant={active ? "warning" : "primary"} preventDoubleClick>
            {active ? "Deactivate account" : "Reactivate account"}
          </Button>
          <a className="govuk-link" href={cancelHref}>
            Cancel
          </a>
        </ButtonGroup>
      </form>
    </>
  );
};
