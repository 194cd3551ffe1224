"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Radios } from "@/components/govuk";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type TRole } from "@/lib/permissions/permissions";
import { FormPageTitle } from "@/components/forms/form-page-title";

type ChangeRoleFormProps = {
  action: ServerAction<unknown>;
  userId: string;
  who: string;
  currentRole: TRole;
  title: string;
};

export const ChangeRoleForm = ({ action, userId, who, currentRole, title }: Readonly<ChangeRoleFormProps>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title={title} hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state, { role: "role" })} />
      <form action={formAction} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <Radios
          name="role"
          legend={
            <>
              <span className="govuk-caption-l">{who}</span>
              {title}
            </>
          }
          legendClassName="govuk-fieldset__legend--l"
          legendIsPageHeading
          defaultValue={submittedValue(state, "role", currentRole)}
          errorMessage={fieldError(state, "role")}
          items={ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], hint: ROLE_DESCRIPTIONS[role] }))}
        />
        <Button preventDoubleClick>Change role</Button>
      </form>
    </>
  );
};
