// The one builder of page titles: "Page – Have Your Say – Council", with "Error: " first while
// the page shows errors (GOV.UK). The council's name is passed in, never assumed: it is the
// COUNCIL_NAME setting (lib/env.ts), which server code reads and hands to the browser through
// the layout (components/layout/council-name.tsx), so every council sees its own name.
export const SERVICE_NAME = "Have Your Say";

export type TDocumentTitle = {
  /** The page's own title; none for the site's default title. */
  page?: string;
  /** The council's name; unknown only where no layout rendered (the global error page). */
  councilName: string | null;
  hasError?: boolean;
};

export function documentTitle({ page, councilName, hasError = false }: TDocumentTitle): string {
  const first = page === undefined ? [] : [`${hasError ? "Error: " : ""}${page}`];
  return [...first, SERVICE_NAME, ...(councilName ? [councilName] : [])].join(" – ");
}
