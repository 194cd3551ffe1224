// The document upload form's fields (the file itself is checked by content in the service).
import { z } from "@/lib/zod";
import { plainText } from "./plain-text";

export const DOCUMENT_KINDS = [
  ["FULL_STRATEGY", "Full strategy or consultation document"],
  ["SUMMARY", "Summary"],
  ["EASY_READ", "Easy Read"],
  ["EQUALITY_IMPACT_ASSESSMENT", "Equality impact assessment"],
  ["OTHER", "Other"],
] as const;
export const documentKindLabel = (k: string) => DOCUMENT_KINDS.find(([v]) => v === k)?.[1] ?? k;

export const ZDocumentUploadSchema = z.object({
  consultationId: z.string().min(1),
  /** Empty for a new document; a document id to upload a new version of it. */
  documentId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  title: plainText().trim().min(1, "Enter the document title").max(200, "Title must be 200 characters or fewer"),
  kind: z.enum(DOCUMENT_KINDS.map(([v]) => v) as [string, ...string[]], { error: "Select the kind of document" }),
  versionLabel: plainText()
    .trim()
    .min(1, "Enter a version, for example Version 1")
    .max(40, "Version must be 40 characters or fewer"),
  changeNote: plainText()
    .trim()
    .max(500, "What changed must be 500 characters or fewer")
    .optional()
    .transform((v) => v || null),
});
export type TDocumentUpload = z.output<typeof ZDocumentUploadSchema>;
