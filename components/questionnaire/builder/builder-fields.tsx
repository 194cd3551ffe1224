"use client";
// GOV.UK field markup bound to react-hook-form's register(). The shared govuk wrappers render
// controlled props; the builder keeps fields uncontrolled so a 150-question form stays fast.
import type { FieldErrors, FieldValues, UseFormRegisterReturn } from "react-hook-form";
import { cx } from "@/components/govuk";

/** The message at a dotted path in RHF's nested errors, if any. */
export function errorAt(errors: FieldErrors<FieldValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  const message = node && typeof node === "object" ? (node as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : undefined;
}

const idFor = (name: string) => `b-${name.replace(/\./g, "-")}`;

type Common = { label: string; hint?: string; error?: string; field: UseFormRegisterReturn; className?: string };

function Group({
  id,
  label,
  hint,
  error,
  children,
}: Readonly<{ id: string; label: string; hint?: string; error?: string; children: React.ReactNode }>) {
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

export const TextField = ({
  label,
  hint,
  error,
  field,
  className,
  type = "text",
}: Readonly<Common & { type?: "text" | "number" }>) => {
  const id = idFor(field.name);
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        className={cx("govuk-input", error && "govuk-input--error", className)}
        aria-describedby={describedBy(id, hint, error)}
        {...field}
      />
    </Group>
  );
};

export const TextAreaField = ({ label, hint, error, field }: Readonly<Common>) => {
  const id = idFor(field.name);
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={2}
        className={cx("govuk-textarea", error && "govuk-textarea--error")}
        aria-describedby={describedBy(id, hint, error)}
        {...field}
      />
    </Group>
  );
};

export const SelectField = ({
  label,
  hint,
  error,
  field,
  options,
}: Readonly<Common & { options: readonly { value: string; text: string }[] }>) => {
  const id = idFor(field.name);
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={cx("govuk-select", error && "govuk-select--error")}
        aria-describedby={describedBy(id, hint, error)}
        {...field}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </Group>
  );
};

export const CheckboxField = ({ label, field }: Readonly<{ label: string; field: UseFormRegisterReturn }>) => {
  const id = idFor(field.name);
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4" data-module="govuk-checkboxes">
      <div className="govuk-checkboxes__item">
        <input id={id} type="checkbox" className="govuk-checkboxes__input" {...field} />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
};

/** Small secondary buttons for move, duplicate and delete; their text names what they act on. */
export const SmallButton = ({
  onClick,
  children,
  warning,
  disabled,
}: Readonly<{ onClick: () => void; children: React.ReactNode; warning?: boolean; disabled?: boolean }>) => (
  <button
    type="button"
    className={cx(
      "govuk-button",
      warning ? "govuk-button--warning" : "govuk-button--secondary",
      "govuk-!-margin-right-2 govuk-!-margin-bottom-2",
    )}
    onClick={onClick}
    disabled={disabled}
  >
    {children}
  </button>
);
