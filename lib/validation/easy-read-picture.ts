// An officer's own Easy Read picture (issue #7): the description is required, because the
// picker lists the picture by it and a picture nobody can describe cannot be checked.
import { z } from "@/lib/zod";
import { plainText } from "./plain-text";

/** Pictures are shown at 72-96 px; 2 MB is plenty for a crisp PNG or JPEG at that size. */
export const PICTURE_MAX_MB = 2;

export const ZEasyReadPictureUpload = z.object({
  consultationId: z.string().min(1),
  altText: plainText()
    .trim()
    .min(1, "Describe the picture for people who cannot see it")
    .max(150, "The description must be 150 characters or fewer"),
});
export type TEasyReadPictureUpload = z.output<typeof ZEasyReadPictureUpload>;
