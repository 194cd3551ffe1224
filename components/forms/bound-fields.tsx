"use client";
// GOV.UK fields that take their inline error and re-posted value from the enclosing ActionForm,
// so server pages can lay out a form without handling its state.
import {
  Radios,
  Select,
  Textarea,
  TextInput,
  type RadiosProps,
  type SelectProps,
  type TextareaProps,
  type TextInputProps,
} from "@/components/govuk";
import { fieldError, submittedValue } from "@/lib/actions/action-result";
import { useActionFormState } from "./action-form";
import { DateField } from "./date-field";

export const BoundTextarea = (props: Readonly<Omit<TextareaProps, "errorMessage">>) => {
  const state = useActionFormState();
  return (
    <Textarea
      {...props}
      defaultValue={submittedValue(state, props.name, String(props.defaultValue ?? ""))}
      errorMessage={fieldError(state, props.name)}
    />
  );
};

export const BoundTextInput = (props: Readonly<Omit<TextInputProps, "errorMessage">>) => {
  const state = useActionFormState();
  return (
    <TextInput
      {...props}
      defaultValue={submittedValue(state, props.name, String(props.defaultValue ?? ""))}
      errorMessage={fieldError(state, props.name)}
    />
  );
};

export const BoundDateField = (
  props: Readonly<{ prefix: string; legend: string; hint?: string; value?: Date | null }>,
) => {
  const state = useActionFormState();
  return (
    <DateField
      {...props}
      posted={state && !state.ok ? state.values : undefined}
      error={fieldError(state, props.prefix)}
    />
  );
};

/** Errors that belong to no field (e.g. checklist items), shown inline at the top of the form. */
export const BoundFieldErrors = ({ prefix }: Readonly<{ prefix: string }>) => {
  const state = useActionFormState();
  if (!state || state.ok) return null;
  const messages = Object.entries(state.fieldErrors)
    .filter(([k]) => k.startsWith(prefix))
    .flatMap(([, m]) => m ?? []);
  return messages.length ? (
    <ul className="govuk-list govuk-error-message">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  ) : null;
};

export const BoundSelect = (props: Readonly<Omit<SelectProps, "errorMessage">>) => {
  const state = useActionFormState();
  return (
    <Select
      {...props}
      defaultValue={submittedValue(state, props.name, String(props.defaultValue ?? ""))}
      errorMessage={fieldError(state, props.name)}
    />
  );
};

export const BoundRadios = (props: Readonly<Omit<RadiosProps, "errorMessage">>) => {
  const state = useActionFormState();
  return (
    <Radios
      {...props}
      defaultValue={submittedValue(state, props.name, props.defaultValue ?? "")}
      errorMessage={fieldError(state, props.name)}
    />
  );
};
