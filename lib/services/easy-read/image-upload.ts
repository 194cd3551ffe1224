// The checks every Easy Read image upload gets, before anything is stored: present, small
// enough, and a PNG or JPEG by its bytes (see lib/storage/sniff-image.ts for why not SVG).
import "server-only";
import { AppError } from "@/lib/errors";
import { chosenFile } from "@/lib/validation/posted-file";
import { imageTypeError, sniffImageType, type TImageType } from "@/lib/storage/sniff-image";

export type TUploadedImage = { name: string; bytes: Uint8Array };

/** The file a multipart form sent in `field`, or null when none was chosen. */
export async function imageFromForm(form: FormData, field: string): Promise<TUploadedImage | null> {
  const upload = chosenFile(form.get(field));
  return upload ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
}

export function checkImage(
  file: TUploadedImage | null,
  options: { field: string; what: string; maxMb: number; required: boolean },
): TImageType | null {
  const fail = (message: string) => new AppError("INVALID_INPUT", undefined, { [options.field]: [message] });
  if (!file || file.bytes.length === 0) {
    if (options.required) throw fail(`Select a ${options.what} to upload`);
    return null;
  }
  if (file.bytes.length > options.maxMb * 1024 * 1024)
    throw fail(`The ${options.what} must be smaller than ${options.maxMb} MB`);
  const type = sniffImageType(file.bytes);
  if (!type) throw fail(imageTypeError(file.bytes, options.what));
  return type;
}

/** Headers for serving a stored image: the type we checked at upload, and no sniffing. */
export function imageHeaders(file: { bytes: Uint8Array; mimeType: string }, cache: string): HeadersInit {
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.bytes.length),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": cache,
  };
}
