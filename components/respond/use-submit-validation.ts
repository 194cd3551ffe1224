"use client";

// Client-side validation for the respondent's forms, on submit only (GOV.UK: never on blur or
// while typing). react-hook-form runs the same zod schema the server uses; the fields stay
// ordinary uncontrolled inputs named as the server expects, so the resolver reads the form's
// FormData instead of registered fields. On errors the form is not sent and the caller shows
// them; focus goes to the error summary, never to a field. Without JavaScript none of this
// runs and the server's answer is the same.
//
// react-hook-form and its zod resolver load with the schema, when the person first focuses the
// form (or presses its button), not with the page: they are about 15 KB gzipped of the question
// page's first-load JavaScript (issue #6: at most 120 KB), and nothing needs them sooner. If
// they cannot load, the form is sent unchecked and the server checks it with the same schema.
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { flattenResolverErrors, type TIssue } from "./resolver-errors";

export type SubmitValidationOptions = {
  /**
   * The schema, loaded when first needed: zod and the schema builders are a separate download
   * that only starts when someone begins filling in the form, so the page itself loads faster.
   */
  schema: () => Promise<z.ZodType>;
  /** Turns the form's fields into the schema's input. */
  read: (form: HTMLFormElement) => Record<string, unknown>;
  /** Turns the resolver's issues into field name → message, in page order. */
  toFieldErrors: (issues: TIssue[]) => Record<string, string>;
};

type Validator = {
  createFormControl: typeof import("react-hook-form").createFormControl;
  zodResolver: typeof import("@hookform/resolvers/zod").zodResolver;
};

let validator: Promise<Validator> | undefined;

/** react-hook-form and the zod resolver, downloaded once per page load; a failed download is tried again next time. */
function loadValidator(): Promise<Validator> {
  validator ??= Promise.all([import("react-hook-form"), import("@hookform/resolvers/zod")]).then(
    ([{ createFormControl }, { zodResolver }]) => ({ createFormControl, zodResolver }),
    (error: unknown) => {
      validator = undefined;
      throw error;
    },
  );
  return validator;
}

/** Buttons with this attribute send the form without checking it ("Save and come back later"). */
export const SKIP_VALIDATION_ATTRIBUTE = "data-skip-validation";

export function useSubmitValidation({ schema, read, toFieldErrors }: SubmitValidationOptions) {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const passed = useRef(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);

  /** react-hook-form's submit handling (a form control, as useForm makes) with the page's zod schema as its resolver. */
  const validate = useCallback(async () => {
    const [{ createFormControl, zodResolver }, zodSchema] = await Promise.all([loadValidator(), schema()]);
    const resolver: Resolver<FieldValues> = async (_values, context, options) => {
      const input = formRef.current ? read(formRef.current) : {};
      return zodResolver(zodSchema as never)(input as never, context, options as never) as ReturnType<
        Resolver<FieldValues>
      >;
    };
    return createFormControl({ mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false, resolver })
      .handleSubmit;
  }, [read, schema]);

  /** Moves focus to the error summary so screen readers announce it (GOV.UK error summary pattern). */
  const focusSummary = useCallback(() => {
    const summary = summaryRef.current?.querySelector<HTMLElement>(".govuk-error-summary");
    if (!summary) return;
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }, []);

  // Each failed attempt sets a new object, so the summary takes focus every time, after it has rendered.
  useEffect(() => {
    if (clientErrors) focusSummary();
  }, [clientErrors, focusSummary]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The second, already validated pass: let React send the form to the server action.
    if (passed.current) {
      passed.current = false;
      return;
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.hasAttribute(SKIP_VALIDATION_ATTRIBUTE)) return;
    event.preventDefault();
    const send = () => {
      passed.current = true;
      // Later, not now: this can still run while the browser is firing the first submit event
      // (the resolver only waits on microtasks), and a submit requested then is ignored.
      setTimeout(() => formRef.current?.requestSubmit(submitter ?? undefined), 0);
    };
    validate().then(
      (handleSubmit) =>
        handleSubmit(
          () => {
            setClientErrors(null);
            send();
          },
          (errors) => {
            setClientErrors(toFieldErrors(flattenResolverErrors(errors)));
          },
        )(),
      // The checks could not load (a dropped connection): the server checks the answers anyway.
      () => send(),
    );
  };

  /** Starts loading the checks once the person starts on the form (put on the form's onFocus). */
  const warm = useCallback(() => void Promise.all([loadValidator(), schema()]).catch(() => undefined), [schema]);

  return { formRef, summaryRef, onSubmit, clientErrors, focusSummary, warm };
}
