"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Radios, TextInput } from "@/components/govuk";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/permissions/permissions";
import { FormPageTitle } from "@/components/forms/form-page-title";

export const InviteStaffForm = ({ action }: Readonly<{ action: ServerAction<unknown> }>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title="Invite a staff member" hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state)} />
      <h1 className="govuk-heading-l">Invite a staff member</h1>
      <p className="govuk-body">We will email them a link to the sign-in page. Only invited people can sign in.</p>
      <form action={formAction} noValidate>
        <TextInput
          name="name"
          label="Full name"
          autoComplete="off"
          spellCheck={false}
          defaultValue={submittedValue(state, "name")}
          errorMessage={fieldError(state, "name")}
        />
        <TextInput
          name="email"
          type="email"
          label="Work email address"
          autoComplete="off"
          spellCheck={false}
          defaultValue={submittedValue(state, "email")}
          errorMessage={fieldError(state, "email")}
        />
        <Radios
          name="role"
          legend="Role"
          legendClassName="govuk-fieldset__legend--s"
          defaultValue={submittedValue(state, "role")}
          errorMessage={fieldError(state, "role")}
          items={ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], hint: ROLE_DESCRIPTIONS[role] }))}
        />
        <Button preventDoubleClick>Send invitation</Button>
      </form>
    </>
  );
};
