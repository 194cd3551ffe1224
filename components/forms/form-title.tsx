// Document titles for every form page, staff and public alike (GOV.UK: "Error: " first while
// the page shows errors). A form's result arrives after the page's metadata was rendered (in
// the browser, or in the server render of a no-JavaScript post), and without JavaScript the
// first <title> in <head> wins, so form pages set their metadata title to null and the form
// renders the whole title itself. React hoists that <title> into <head>.
import { siteConfig } from "@/components/layout/site-config";

/** The full document title: "Error: " first when the form on the page has errors. */
export function documentTitle(title: string, hasError = false): string {
  return `${hasError ? "Error: " : ""}${title} – ${siteConfig.serviceName} – ${siteConfig.councilName}`;
}

/** Metadata for pages whose form renders the title. */
export const FORM_PAGE_METADATA = { title: null } as const;

export const FormPageTitle = ({ title, hasError }: Readonly<{ title: string; hasError: boolean }>) => <title>{documentTitle(title, hasError)}</title>;
