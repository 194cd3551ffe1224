// A drawing or photo sent with an Easy Read free-text answer (issue #7): its form fields and
// the checks on the file, in words a respondent understands. The type is judged by the
// file's first bytes, never its name or the browser's word (lib/storage/sniff-image.ts).
import { sniffImageType, type TImageType } from "@/lib/storage/sniff-image";

export const DRAWING_MAX_MB = 10;
const DRAWING_MAX_BYTES = DRAWING_MAX_MB * 1024 * 1024;
/** Longest file name kept; longer names are shortened, keeping the extension. */
const FILE_NAME_MAX = 120;

export const DRAWING_ERRORS = {
  type: "The file must be a JPG or PNG",
  size: `The file must be smaller than ${DRAWING_MAX_MB}MB`,
} as const;

/** The file input beside a question's text box. Also the id the error summary links to. */
export const drawingFieldName = (questionKey: string): string => `${questionKey}-drawing`;
/** "Remove this drawing or photo", shown once one has been sent. */
export const removeDrawingFieldName = (questionKey: string): string => `${questionKey}-drawing-remove`;

export function isDrawingField(name: string): boolean {
  return name.endsWith("-drawing") || name.endsWith("-drawing-remove");
}

export type TDrawingCheck = { ok: true; type: TImageType } | { ok: false; message: string };

/** Size first: a huge file of the wrong type is told the rule it will meet first. */
export function checkDrawing(bytes: Uint8Array): TDrawingCheck {
  if (bytes.length > DRAWING_MAX_BYTES) return { ok: false, message: DRAWING_ERRORS.size };
  const type = sniffImageType(bytes);
  return type ? { ok: true, type } : { ok: false, message: DRAWING_ERRORS.type };
}

/** The name shown back to the respondent and to staff: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (clean === "") return "drawing";
  if (clean.length <= FILE_NAME_MAX) return clean;
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : "";
  return clean.slice(0, FILE_NAME_MAX - extension.length) + extension;
}
