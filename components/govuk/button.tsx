import type { ButtonHTMLAttributes, ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes } from "./types";

type CommonProps = {
  children: ReactNode;
  variant?: "primary" | "secondary" | "warning" | "inverse";
  /** The green "Start now" call to action with an arrow. Usually a link. */
  isStartButton?: boolean;
  id?: string;
  className?: string;
  attributes?: Attributes;
};

export type ButtonAsButtonProps = CommonProps & {
  href?: undefined;
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  disabled?: boolean;
  /** Ignore a second click within a second, so a form is not sent twice. Needs JavaScript. */
  preventDoubleClick?: boolean;
  /** Submit the form to a different URL or server action. */
  formAction?: ButtonHTMLAttributes<HTMLButtonElement>["formAction"];
  /** Skip browser validation, for example on "Save and come back later". */
  formNoValidate?: boolean;
};

export type ButtonAsLinkProps = CommonProps & { href: string };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

const StartIcon = () => (
  <svg
    className="govuk-button__start-icon"
    xmlns="http://www.w3.org/2000/svg"
    width="17.5"
    height="19"
    viewBox="0 0 33 40"
    aria-hidden="true"
    focusable="false"
  >
    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
  </svg>
);

export const Button = (props: Readonly<ButtonProps>) => {
  const { children, variant = "primary", isStartButton, id, className, attributes } = props;
  const classes = cx(
    "govuk-button",
    variant !== "primary" && `govuk-button--${variant}`,
    className,
    isStartButton && "govuk-button--start",
  );
  // Start buttons use flexbox, which swallows whitespace between elements; a span keeps rich content together.
  const content = isStartButton && typeof children !== "string" ? <span>{children}</span> : children;

  if (props.href !== undefined) {
    return (
      <a
        href={props.href}
        role="button"
        draggable="false"
        className={classes}
        data-module="govuk-button"
        {...attributes}
        id={id}
      >
        {content}
        {isStartButton && <StartIcon />}
      </a>
    );
  }

  const { type = "submit", name, value, disabled, preventDoubleClick, formAction, formNoValidate } = props;
  return (
    <button
      type={type}
      value={value}
      name={name}
      disabled={disabled || undefined}
      aria-disabled={disabled ? "true" : undefined}
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
      formAction={formAction}
      formNoValidate={formNoValidate || undefined}
      className={classes}
      data-module="govuk-button"
      {...attributes}
      id={id}
    >
      {content}
      {isStartButton && <StartIcon />}
    </button>
  );
};

export type ButtonGroupProps = { children: ReactNode; className?: string };

/** Lays out a button with secondary buttons or links beside it. */
export const ButtonGroup = ({ children, className }: Readonly<ButtonGroupProps>) => (
  <div className={cx("govuk-button-group", className)}>{children}</div>
);
