"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => undefined;

/**
 * False in the server render and while hydrating, true once JavaScript runs: parts of a form
 * that only make sense without JavaScript (or only with it) switch on this, without a
 * hydration mismatch.
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
