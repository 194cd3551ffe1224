// What the Easy Read pages share (issue #7): their addresses, the Easy Read version of the
// consultation, and whether to show pictures (a cookie, so the choice works without JavaScript
// and lasts across pages).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import { getRespondentConsultation } from "@/lib/services/respond/respondent-consultation";

/** /consultations/<slug>/easy-read[/…]. */
export function easyReadPath(slug: string, ...segments: string[]): string {
  return ["", "consultations", slug, "easy-read", ...segments].join("/");
}

export const PICTURES_COOKIE = "hys_easy_read_pictures";

export async function picturesShown(): Promise<boolean> {
  return (await cookies()).get(PICTURES_COOKIE)?.value !== "off";
}

/** The consultation with its Easy Read version, once per request; null when there is no such published consultation. */
export const loadEasyReadConsultation = cache(async (slug: string) => {
  try {
    return await getRespondentConsultation(slug, "EASY_READ");
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
