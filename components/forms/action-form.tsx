"use client";
// A form bound to a createAction server action (publish, extend, close early, outcome…): posts
// without JavaScript, and shows the action's errors as a GOV.UK error summary; the bound fields
// in bound-fields.tsx read the same state for their inline errors and re-posted values.
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { ErrorSummary } from "@/components/govuk";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { errorSummaryItems, type ActionState, type ServerAction } from "@/lib/actions/action-result";

const StateContext = createContext<ActionState>(null);

/** The enclosing ActionForm's last result. */
export const useActionFormState = () => useContext(StateContext);

type Bound = { state: ActionState; dispatch: (formData: FormData) => void };

type FormProps = {
  /** Field names to error-summary link targets, e.g. { closes: "closes-day" }. */
  fieldIds?: Record<string, string>;
  children: ReactNode;
};

const BoundForm = ({ state, dispatch, fieldIds, children }: Readonly<Bound & FormProps>) => (
  <StateContext.Provider value={state}>
    <ErrorSummary errorList={errorSummaryItems(state, fieldIds)} />
    <form action={dispatch} noValidate>
      {children}
    </form>
  </StateContext.Provider>
);

type Props = FormProps & {
  action: ServerAction<unknown>;
  /** On a page whose metadata title is null (FORM_PAGE_METADATA): the title, with "Error: " after a failure. */
  pageTitle?: string;
};

export const ActionForm = ({ action, pageTitle, ...props }: Readonly<Props>) => {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, null);
  return (
    <>
      {pageTitle && <FormPageTitle title={pageTitle} hasError={Boolean(state && !state.ok)} />}
      <BoundForm state={state} dispatch={dispatch} {...props} />
    </>
  );
};

// Several forms on one page (the staff overview: publish, extend, close early) share one
// title. Each form's state lives in the group, so the single <title> knows whether any failed,
// in the browser and in the server render of a no-JavaScript post alike.
const GroupContext = createContext<Readonly<Record<string, Bound>>>({});

type GroupProps = { title: string; actions: Readonly<Record<string, ServerAction<unknown>>>; children: ReactNode };
type SlotProps = {
  title: string;
  pending: [string, ServerAction<unknown>][];
  bound: Readonly<Record<string, Bound>>;
  children: ReactNode;
};

const GroupTitle = ({ title, bound, children }: Readonly<Omit<SlotProps, "pending">>) => (
  <GroupContext.Provider value={bound}>
    <FormPageTitle title={title} hasError={Object.values(bound).some(({ state }) => Boolean(state && !state.ok))} />
    {children}
  </GroupContext.Provider>
);

// One component per action, nested, so each useActionState call sits at a fixed place in the
// tree (hooks cannot be called in a loop) and its no-JavaScript post finds its state again.
const GroupSlot = ({ title, pending, bound, children }: Readonly<SlotProps>) => {
  const [[name, action], ...rest] = pending;
  const [state, dispatch] = useActionState<ActionState, FormData>(action, null);
  const next = { ...bound, [name]: { state, dispatch } };
  return rest.length > 0 ? (
    <GroupSlot title={title} pending={rest} bound={next}>
      {children}
    </GroupSlot>
  ) : (
    <GroupTitle title={title} bound={next}>
      {children}
    </GroupTitle>
  );
};

/** Owns the page title and the state of each named action; GroupedActionForm names one of them. */
export const ActionFormGroup = ({ title, actions, children }: Readonly<GroupProps>) => {
  const pending = Object.entries(actions);
  return pending.length > 0 ? (
    <GroupSlot title={title} pending={pending} bound={{}}>
      {children}
    </GroupSlot>
  ) : (
    <GroupTitle title={title} bound={{}}>
      {children}
    </GroupTitle>
  );
};

export const GroupedActionForm = ({ name, ...props }: Readonly<FormProps & { name: string }>) => {
  const bound = useContext(GroupContext)[name];
  if (!bound) throw new Error(`GroupedActionForm "${name}" is outside an ActionFormGroup that lists it`);
  return <BoundForm {...bound} {...props} />;
};
