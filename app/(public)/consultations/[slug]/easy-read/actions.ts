"use server";

// The Easy Read pages' own action (issue #7): switching pictures on or off. Everything else
// they post goes to the standard respond actions.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isReadablePost } from "../respond/respond-support";
import { PICTURES_COOKIE, easyReadPath } from "./easy-read-support";

/** Remembers the choice for a year, then shows the page again. Only Easy Read pages (and the summary) can be returned to. */
export async function setPicturesAction(slug: string, backTo: string, formData: FormData): Promise<void> {
  if (!isReadablePost([slug, backTo], formData ?? null)) redirect("/consultations");
  const show = formData.get("pictures") !== "off";
  (await cookies()).set(PICTURES_COOKIE, show ? "on" : "off", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 365 * 86_400,
  });
  const home = easyReadPath(slug);
  const summary = `/consultations/${slug}/easy-read-summary`;
  const allowed =
    typeof backTo === "string" &&
    (backTo === home || backTo === summary || backTo.startsWith(`${home}/`)) &&
    !backTo.includes("//", 1);
  redirect(allowed ? backTo : home);
}
