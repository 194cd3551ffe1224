import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { Attributes, HeadingLevel } from "./types";

export type NotificationBannerProps = {
  /** "success" uses the green style, role="alert" and the title "Success". */
  type?: "success";
  /** Defaults to "Important", or "Success" for the success type. */
  title?: ReactNode;
  /** Must be unique on the page if there is more than one banner. */
  titleId?: string;
  titleHeadingLevel?: HeadingLevel;
  /** A short message, styled as the banner heading. Use children for richer content. */
  text?: ReactNode;
  children?: ReactNode;
  role?: "alert" | "region";
  /** Success banners take focus on load; pass true to stop that. */
  disableAutoFocus?: boolean;
  className?: string;
  attributes?: Attributes;
};

export const NotificationBanner = ({
  type,
  title,
  titleId = "govuk-notification-banner-title",
  titleHeadingLevel = 2,
  text,
  children,
  role,
  disableAutoFocus,
  className,
  attributes,
}: Readonly<NotificationBannerProps>) => {
  const isSuccess = type === "success";
  const Heading = `h${titleHeadingLevel}` as const;
  return (
    <div
      className={cx("govuk-notification-banner", isSuccess && "govuk-notification-banner--success", className)}
      // Success messages are announced straight away; other banners are landmarks people can find.
      role={role ?? (isSuccess ? "alert" : "region")}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      {...attributes}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? "Success" : "Important")}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {children ?? (text !== undefined && <p className="govuk-notification-banner__heading">{text}</p>)}
      </div>
    </div>
  );
};
