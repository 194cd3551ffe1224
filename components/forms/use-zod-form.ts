"use client";
// Progressive enhancement for server-action forms (issue #4 quality bar): without JavaScript
// the form posts and the server answers with errors; with it, react-hook-form's zodResolver
// runs the SAME schema first, so obvious mistakes show without a round trip.
import { startTransition, useState, type FormEvent } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors as RhfFieldErrors, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { errorSummaryItems, fieldError, type ActionState, type FieldErrors } from "@/lib/actions/action-result";

function collect(errors: RhfFieldErrors<FieldValues>): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) {
    const message = value && typeof value === "object" && "message" in value ? value.message : undefined;
    if (typeof message === "string") out[key] = [message];
  }
  return out;
}

/**
 * Merges client-side errors (when present) over the server's last answer. `dispatch` is the
 * form action from useActionState: valid answers are sent through it, as the plain POST would.
 */
export function useZodForm(schema: z.ZodType, state: ActionState, dispatch: (formData: FormData) => void) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const resolver = zodResolver(schema as never);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // The resolver is async, so the browser's own submit is stopped and the action is
    // dispatched here once the answers pass.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
    const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const errors = collect(result.errors as RhfFieldErrors<FieldValues>);
    if (Object.keys(errors).length > 0) {
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  const effective: ActionState = clientErrors
    ? { ok: false, status: 400, fieldErrors: clientErrors, values: state && !state.ok ? state.values : {} }
    : state;
  return {
    onSubmit,
    state: effective,
    error: (field: string) => fieldError(effective, field),
    summary: (ids: Record<string, string> = {}) => errorSummaryItems(effective, ids),
    hasError: Boolean(effective && !effective.ok),
  };
}
