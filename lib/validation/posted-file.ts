// What a file input posted. A file input left empty still posts a part: the browser sends it
// with no bytes, and its name does not survive every way a form reaches the server (a
// no-JavaScript post and a server action call are parsed differently), so an empty name
// cannot be relied on. No bytes is the one sure sign, and an empty file is no picture
// anyway (issue #17: "Continue" with text typed and no file chosen was told
// "The file must be a JPG or PNG").

/** The file the person chose, or null when the input was left empty. */
export function chosenFile(value: unknown): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}
