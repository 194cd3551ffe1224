"use client";

// Where keyboard focus starts on a new page (issue #17, item 5). GOV.UK's rule: a new page
// starts at the top, so the first Tab reaches "Skip to main content". A full page load does
// that by itself. A client-side page change (a link, or a form whose action redirects) does
// not: Next.js 16 leaves focus alone, the button or link that was pressed is taken out with
// the old page, and the browser carries on from where it was, inside <main>, so the first Tab
// went to "Back" and the skip link was passed over. On each change of address this takes
// focus to the top of the page and lets it go, which moves the browser's starting point there
// (and a screen reader's with it) without leaving anything focused. The first render is a full
// page load, so it is left as it is.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export const NewPageFocus = () => {
  const pathname = usePathname();
  const top = useRef<HTMLSpanElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    top.current?.focus({ preventScroll: true });
    top.current?.blur();
  }, [pathname]);
  return <span ref={top} tabIndex={-1} />;
};
