"use client";
// Unsaved builder changes are not lost by accident (issue #5): the browser asks before the tab
// closes or reloads, and a click on any in-page link asks first too (Next's router has no
// "before leave" hook, so links are intercepted in the capture phase).
import { useEffect } from "react";

export const LEAVE_WARNING = "You have unsaved changes to this questionnaire. Leave without saving?";

/** Marks a link that stays in the builder and keeps its edits (the page list), so it needs no warning. */
export const KEEPS_EDITS = "data-keeps-edits";

export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !link ||
        link.getAttribute("target") === "_blank" ||
        link.hasAttribute("download") ||
        link.hasAttribute(KEEPS_EDITS)
      )
        return;
      if (!window.confirm(LEAVE_WARNING)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
