// GET /easy-read/uploads/[pictureId]: an officer's uploaded Easy Read picture. Public, because
// Easy Read pages show it to everyone; served with the type checked at upload and nosniff.
import { isAppError } from "@/lib/errors";
import { imageHeaders } from "@/lib/services/easy-read/image-upload";
import { getEasyReadPictureFile } from "@/lib/services/easy-read/pictures";

export async function GET(_request: Request, { params }: { params: Promise<{ pictureId: string }> }) {
  try {
    const file = await getEasyReadPictureFile((await params).pictureId);
    return new Response(new Uint8Array(file.bytes), { headers: imageHeaders(file, "public, max-age=3600") });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
