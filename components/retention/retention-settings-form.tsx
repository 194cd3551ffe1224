"use client";

// The retention periods form (issue #21): one whole-number field per kind of personal data, with
// what it governs as the hint; errors beside each field and in the summary.
import { useActionState, type ReactNode } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/govuk";
import { FormPageTitle } from "@/components/forms/form-page-title";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";
import { RETENTION_FIELDS, RETENTION_KEYS, type TRetentionSettings } from "@/lib/retention/settings";

/** `children`: the heading and introduction, shown below the error summary. */
type Props = { action: ServerAction<unknown>; values: TRetentionSettings; title: string; children: ReactNode };

export const RetentionSettingsForm = ({ action, values, title, children }: Readonly<Props>) => {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      <FormPageTitle title={title} hasError={Boolean(state && !state.ok)} />
      <ErrorSummary errorList={errorSummaryItems(state, Object.fromEntries(RETENTION_KEYS.map((k) => [k, k])))} />
      {children}
      <form action={formAction} noValidate>
        {RETENTION_KEYS.map((key) => (
          <TextInput
            key={key}
            name={key}
            label={RETENTION_FIELDS[key].label}
            labelClassName="govuk-label--s"
            hint={RETENTION_FIELDS[key].hint}
            inputMode="numeric"
            width={3}
            suffix={RETENTION_FIELDS[key].unit}
            spellCheck={false}
            defaultValue={submittedValue(state, key, String(values[key]))}
            errorMessage={fieldError(state, key)}
          />
        ))}
        <Button preventDoubleClick>Save retention periods</Button>
      </form>
    </>
  );
};
