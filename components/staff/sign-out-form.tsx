"use client";

import { useActionState } from "react";
import { Button } from "@/components/govuk";
import type { ActionState, ServerAction } from "@/lib/actions/action-result";

/** A form rather than a link: signing out changes state, and it works without JavaScript. */
export const SignOutForm = ({ action }: Readonly<{ action: ServerAction<unknown> }>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <form action={formAction}>
      <Button variant="secondary" className="govuk-!-margin-bottom-0">
        Sign out
      </Button>
      {state && !state.ok && <p className="govuk-body-s govuk-!-margin-top-2">{state.formError}</p>}
    </form>
  );
};
