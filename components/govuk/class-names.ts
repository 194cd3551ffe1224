/** Join class names, dropping empty values, so optional modifiers read cleanly in JSX. */
export const cx = (...classes: ReadonlyArray<string | false | null | undefined>): string =>
  classes.filter(Boolean).join(" ");
