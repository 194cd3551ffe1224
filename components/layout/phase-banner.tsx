import type { ReactNode } from "react";
import { Tag } from "@/components/govuk/tag";
import { feedbackHref } from "./site-config";

export type PhaseBannerProps = {
  phase?: string;
  feedbackUrl?: string;
  /** Replaces the standard "This is a new service" message. */
  children?: ReactNode;
};

/** Sits under the header, outside the main width container (it brings its own). */
export const PhaseBanner = ({ phase = "Beta", feedbackUrl = feedbackHref, children }: Readonly<PhaseBannerProps>) => (
  <div className="govuk-phase-banner govuk-width-container">
    <p className="govuk-phase-banner__content">
      <Tag className="govuk-phase-banner__content__tag">{phase}</Tag>
      <span className="govuk-phase-banner__text">
        {children ?? (
          <>
            This is a new service. Your{" "}
            <a href={feedbackUrl} className="govuk-link">
              feedback
            </a>{" "}
            will help us improve it.
          </>
        )}
      </span>
    </p>
  </div>
);
