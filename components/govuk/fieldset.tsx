import type { AriaRole, ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

export type LegendOptions = {
  /** For example "govuk-fieldset__legend--l" when the legend is the page heading. */
  legendClassName?: string;
  /** Wraps the legend text in an h1, for one-question pages. */
  legendIsPageHeading?: boolean;
};

export type FieldsetProps = LegendOptions & {
  children?: ReactNode;
  legend?: ReactNode;
  describedBy?: string;
  role?: AriaRole;
  className?: string;
  attributes?: Attributes;
};

export const Fieldset = ({
  children,
  legend,
  legendClassName,
  legendIsPageHeading,
  describedBy,
  role,
  className,
  attributes,
}: Readonly<FieldsetProps>) => (
  <fieldset
    className={cx("govuk-fieldset", className)}
    role={role}
    aria-describedby={describedBy || undefined}
    {...attributes}
  >
    {legend !== undefined && legend !== null && legend !== "" && (
      <legend className={cx("govuk-fieldset__legend", legendClassName)}>
        {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
    )}
    {children}
  </fieldset>
);

type OptionalFieldsetProps = LegendOptions & {
  children: ReactNode;
  legend?: ReactNode;
  describedBy?: string;
  role?: AriaRole;
  fieldsetClassName?: string;
};

/**
 * Radios, checkboxes and date inputs only get a fieldset when given a legend, as with
 * the macros' optional `fieldset` parameter.
 */
export const OptionalFieldset = ({ children, legend, fieldsetClassName, ...rest }: Readonly<OptionalFieldsetProps>) =>
  legend === undefined || legend === null ? (
    <>{children}</>
  ) : (
    <Fieldset legend={legend} className={fieldsetClassName} {...rest}>
      {children}
    </Fieldset>
  );
