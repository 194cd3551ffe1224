// GOV.UK: the page title starts with "Error: " while the page shows errors. A form's result
// arrives after the page's metadata was rendered (in the browser, or in the server render of a
// no-JavaScript post), and without JavaScript the first <title> in <head> wins, so form pages
// set their metadata title to null and the form states the whole title itself.
export const FormTitle = ({ title, hasError }: Readonly<{ title: string; hasError: boolean }>) => <title>{hasError ? `Error: ${title}` : title}</title>;

/** Metadata for pages whose form renders the title. */
export const FORM_PAGE_METADATA = { title: null, robots: { index: false } } as const;
