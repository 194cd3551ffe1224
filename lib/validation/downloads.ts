// Inputs of the downloads page (issue #10): which file, and the export options form, shared by
// the page's form and re-checked by the download route.
import { z } from "zod";

/** Every file the downloads page offers; the audit trail names downloads by these. */
export const DOWNLOAD_FILES = ["report.docx", "report.html", "responses.csv", "responses.xlsx", "responses.json"] as const;
export type TDownloadFile = (typeof DOWNLOAD_FILES)[number];

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFileName = (format: TExportFormat): TDownloadFile => `responses.${format}`;

export const DOWNLOAD_REASON_MAX = 300;

const yesNo = (error: string) => z.enum(["yes", "no"], { error });

/** The export options form. Personal data or original text needs a reason, recorded in the audit trail. */
export const ZExportOptions = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: "Select a file format" }),
    freeText: yesNo("Select whether to include free-text answers"),
    text: z.enum(["redacted", "original"], { error: "Select redacted or original text" }),
    personalData: yesNo("Select whether to include respondents' personal data"),
    reason: z.string().trim().max(DOWNLOAD_REASON_MAX, `The reason must be ${DOWNLOAD_REASON_MAX} characters or fewer`).optional().default(""),
  })
  .superRefine((value, ctx) => {
    const sensitive = value.personalData === "yes" || (value.freeText === "yes" && value.text === "original");
    if (sensitive && value.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Enter the reason you need personal data or original text" });
    }
  });
export type TExportOptionsInput = z.input<typeof ZExportOptions>;
export type TExportOptions = z.output<typeof ZExportOptions>;
