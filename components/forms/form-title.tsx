// Document titles for every form page, staff and public alike (GOV.UK: "Error: " first while
// the page shows errors). A form's result arrives after the page's metadata was rendered (in
// the browser, or in the server render of a no-JavaScript post), and without JavaScript the
// first <title> in <head> wins, so form pages set their metadata title to null and the form
// renders the whole title itself (form-page-title.tsx). React hoists that <title> into <head>.

/** Metadata for pages whose form renders the title. Respondents' pages add `robots` noindex. */
export const FORM_PAGE_METADATA = { title: null } as const;
