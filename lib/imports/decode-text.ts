// Text files must be UTF-8. Excel's "CSV UTF-8" adds a byte order mark, its "Unicode text"
// is UTF-16 with one; both are read. Anything else (Latin-1 "CSV (Comma delimited)", UTF-16
// without a mark) is refused with a message naming the fix, never guessed at: a wrong guess
// silently turns "Café" into "CafÃ©" in the council's results.
import { ImportFileError } from "./file-error";

const SAVE_AS_UTF8 = "Save it again as \u201cCSV UTF-8 (Comma delimited)\u201d and upload it again.";

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // UTF-16 text of Latin letters is every other byte zero; real CSV text never contains NUL.
  if (bytes.includes(0))
    throw new ImportFileError(
      `The file looks like UTF-16 text without a byte order mark, so we cannot read it. ${SAVE_AS_UTF8}`,
    );
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      `The file is not UTF-8 encoded (it may be Latin-1 or Windows-1252, as older versions of Excel save CSV files). ${SAVE_AS_UTF8}`,
    );
  }
}
