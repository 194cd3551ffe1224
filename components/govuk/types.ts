/**
 * Extra HTML attributes passed straight to a component's main element, mirroring the
 * `attributes` option of the GOV.UK Frontend macros. Use React prop names (autoComplete, data-*).
 */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Heading levels the GOV.UK macros accept for configurable headings. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
