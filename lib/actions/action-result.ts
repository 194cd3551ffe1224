// The one result shape every server action returns, shared by forms (useActionState) and tests.

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionFailure = {
  ok: false;
  /** The HTTP status this failure would have: 400 bad input, 401 signed out, 403 not allowed… */
  status: number;
  fieldErrors: FieldErrors;
  formError?: string;
  /** What was submitted, so a form re-rendered without JavaScript keeps the person's answers. */
  values: Record<string, string>;
};

export type ActionSuccess<T> = { ok: true; data: T };

export type ActionResult<T = unknown> = ActionSuccess<T> | ActionFailure;

/** The state a form starts with, before anything is submitted. */
export type ActionState<T = unknown> = ActionResult<T> | null;

/** What createAction returns; forms pass it to useActionState. Actions never read the previous state. */
export type ServerAction<T> = (previous: ActionState, formData: FormData) => Promise<ActionResult<T>>;

/** The first message for a field, for a GOV.UK inline error. */
export function fieldError(state: ActionState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[field]?.[0] : undefined;
}

/** Error summary items: the form error first, then each field's first message, linked to the field. */
export function errorSummaryItems(state: ActionState, fieldIds: Readonly<Record<string, string>> = {}) {
  if (!state || state.ok) return [];
  const items: { text: string; href?: string }[] = state.formError ? [{ text: state.formError }] : [];
  for (const [field, messages] of Object.entries(state.fieldErrors)) {
    if (messages?.[0]) items.push({ text: messages[0], href: `#${fieldIds[field] ?? field}` });
  }
  return items;
}

/** A submitted value to show again after a failure, or the fallback. */
export function submittedValue(state: ActionState, field: string, fallback = ""): string {
  return state && !state.ok && field in state.values ? state.values[field] : fallback;
}
