// Inputs of the downloads page (issue #10): which file, and the export options form, shared by
// the page's form and re-checked by the download route.
import { z } from "@/lib/zod";

/** Every file the downloads page offers; the audit trail names downloads by these. */
export const DOWNLOAD_FILES = [
  "report.docx",
  "report.html",
  "responses.csv",
  "responses.xlsx",
  "responses.json",
] as const;
export type TDownloadFile = (typeof DOWNLOAD_FILES)[number];

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFileName = (format: TExportFormat): TDownloadFile => `responses.${format}`;

export const DOWNLOAD_REASON_MAX = 300;

const yesNo = (error: string) => z.enum(["yes", "no"], { error });

/**
 * The export options form. "sensitive: yes" asks for original (unredacted) free text, and with
 * "include: personal" respondents' contact details too; either needs export.personalData and a
 * reason, which the audit trail records.
 */
export const ZExportOptions = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: "Select a file format" }),
    freeText: yesNo("Select whether to include free-text answers"),
    sensitive: yesNo("Select whether you need personal data or original text"),
    include: z.enum(["original", "personal"]).optional(),
    reason: z
      .string()
      .trim()
      .max(DOWNLOAD_REASON_MAX, `The reason must be ${DOWNLOAD_REASON_MAX} characters or fewer`)
      .optional()
      .default(""),
  })
  .superRefine((value, ctx) => {
    if (value.sensitive !== "yes") return;
    if (!value.include)
      ctx.addIssue({
        code: "custom",
        path: ["include"],
        message: "Select original text only, or original text and contact details",
      });
    if (value.include === "original" && value.freeText === "no") {
      ctx.addIssue({
        code: "custom",
        path: ["include"],
        message:
          "You chose no free-text answers, so there is no original text: include free text, or choose contact details",
      });
    }
    if (value.reason === "")
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Enter the reason you need personal data or original text",
      });
  })
  .transform((value) => ({
    format: value.format,
    freeText: value.freeText === "yes",
    originalText: value.sensitive === "yes" && value.freeText === "yes",
    personalData: value.sensitive === "yes" && value.include === "personal",
    reason: value.sensitive === "yes" ? value.reason : "",
  }));
export type TExportOptionsInput = z.input<typeof ZExportOptions>;
export type TExportOptions = z.output<typeof ZExportOptions>;

/** The options of a default export: free text, redacted, no personal data. */
export const DEFAULT_EXPORT_OPTIONS: Omit<TExportOptions, "format"> = {
  freeText: true,
  originalText: false,
  personalData: false,
  reason: "",
};
