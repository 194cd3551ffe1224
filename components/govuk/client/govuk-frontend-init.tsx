"use client";

import type { ConditionalReveal } from "govuk-frontend";
import { useEffect } from "react";

// Components GOV.UK Frontend's initAll knows. Each marks its root with data-<module>-init.
const MODULES = new Set([
  "govuk-accordion",
  "govuk-button",
  "govuk-character-count",
  "govuk-checkboxes",
  "govuk-error-summary",
  "govuk-exit-this-page",
  "govuk-file-upload",
  "govuk-notification-banner",
  "govuk-password-input",
  "govuk-radios",
  "govuk-service-navigation",
  "govuk-skip-link",
  "govuk-tabs",
]);

const hasUninitialised = (root: ParentNode): boolean =>
  Array.from(root.querySelectorAll<HTMLElement>("[data-module]")).some((element) => {
    const name = element.dataset.module ?? "";
    return MODULES.has(name) && !element.hasAttribute(`data-${name}-init`);
  });

// Re-running initAll reports every component already set up; those reports are expected.
// Browsers too old for GOV.UK Frontend's JavaScript get the no-JS pages, which work anyway.
const reportError = (error: unknown) => {
  const name = error instanceof Error ? error.name : "";
  if (name !== "InitError" && name !== "SupportError") console.error(error);
};

/**
 * GOV.UK Frontend 6.6 marks a radio or checkbox that reveals content with aria-expanded, which
 * ARIA does not allow on those roles (axe aria-allowed-attr, critical; issue #17, and GOV.UK
 * Frontend's own later releases drop it). The reveal is kept; the attribute is taken off each
 * time the component syncs it. These run before initAll, which then skips the roots they took.
 */
function withoutAriaExpanded(Base: typeof ConditionalReveal): typeof ConditionalReveal {
  return class extends Base {
    syncConditionalRevealWithInputState($input: HTMLInputElement) {
      super.syncConditionalRevealWithInputState($input);
      $input.removeAttribute("aria-expanded");
    }
  };
}

/**
 * Progressive enhancement only: every page works without this. It marks the body as
 * supported (GOV.UK Frontend's CSS and JS both check for it) and runs initAll once.
 * Client-side navigation and server action responses add new markup without a page
 * load, so a MutationObserver initialises components that arrive later; initAll skips
 * ones already set up.
 */
export const GovukFrontendInit = () => {
  useEffect(() => {
    document.body.classList.add("js-enabled");
    if ("noModule" in HTMLScriptElement.prototype) {
      document.body.classList.add("govuk-frontend-supported");
    }
    let cancelled = false;
    let observer: MutationObserver | undefined;
    let frame = 0;

    void import("govuk-frontend").then(({ initAll, createAll, Radios, Checkboxes }) => {
      if (cancelled) return;
      const reveals = [withoutAriaExpanded(Radios), withoutAriaExpanded(Checkboxes)];
      const run = () => {
        for (const component of reveals) createAll(component, undefined, { onError: reportError });
        initAll({ onError: reportError });
      };
      run();
      observer = new MutationObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (hasUninitialised(document)) run();
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });

    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, []);
  return null;
};

export default GovukFrontendInit;
