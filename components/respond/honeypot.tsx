// A field people never see and bots fill in (issue #6, item 7). Hidden from sight, from screen
// readers and from the tab order; named so browsers have nothing to autofill into it.
import { HONEYPOT_FIELD } from "@/lib/respond/form-controls";

export const Honeypot = () => (
  <div aria-hidden="true" className="govuk-visually-hidden">
    <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
    <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
  </div>
);
