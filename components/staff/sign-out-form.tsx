"use client";

import { useActionState } from "react";
import type { ActionState, ServerAction } from "@/lib/actions/action-result";

/**
 * "Sign out" at the right of the header's service navigation. A form rather than a link:
 * signing out changes state, and it works without JavaScript. It looks like the navigation's links.
 */
export const SignOutForm = ({ action }: Readonly<{ action: ServerAction<unknown> }>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <form action={formAction} className="app-sign-out">
      <button type="submit" className="govuk-service-navigation__link app-sign-out__button">
        Sign out
      </button>
      {state && !state.ok && (
        <p className="govuk-body-s govuk-!-margin-top-2" role="alert">
          {state.formError}
        </p>
      )}
    </form>
  );
};
