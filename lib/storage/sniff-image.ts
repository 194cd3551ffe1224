// What an uploaded picture is, judged by its first bytes rather than its name or the browser's
// word (issue #7: officers' Easy Read pictures and respondents' drawings). Only PNG and JPEG
// are accepted: SVG can carry script, and sanitising it well is more than these uploads need.

export type TImageType = { mimeType: "image/png" | "image/jpeg"; extension: "png" | "jpg" };

export const PNG: TImageType = { mimeType: "image/png", extension: "png" };
export const JPEG: TImageType = { mimeType: "image/jpeg", extension: "jpg" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImageType(bytes: Uint8Array): TImageType | null {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return PNG;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return JPEG;
  return null;
}

/** SVG (or any XML) text, so the refusal can say why rather than "not a picture". */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 1024))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return (
    start.startsWith("<svg") ||
    (start.startsWith("<?xml") && start.includes("<svg")) ||
    (start.startsWith("<!--") && start.includes("<svg"))
  );
}

/** The error for a picture that is not a PNG or JPEG, naming SVG when that is what it was. */
export function imageTypeError(bytes: Uint8Array, what: string): string {
  return looksLikeSvg(bytes)
    ? `SVG files cannot be uploaded because they can contain code. Save the ${what} as a PNG or JPEG`
    : `The ${what} must be a PNG or JPEG image`;
}
