// Officers' own Easy Read pictures (issue #7): checked by their bytes (SVG refused with a
// reason), a description required, stored through the file storage, audited, listed for the
// picker and served with the checked type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "../auth/world";
import { makeConsultation } from "../publishing/fixtures";

let world: World;
let officer: StaffPrincipal;
let analyst: StaffPrincipal;
let services: {
  pictures: typeof import("@/lib/services/easy-read/pictures");
  storage: typeof import("@/lib/storage/storage");
};
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("IHDR rest of a png"),
]);

beforeAll(async () => {
  world = await openWorld("easy-read-pictures");
  officer = await world.makeStaff("OFFICER");
  analyst = await world.makeStaff("ANALYST");
  services = {
    pictures: await import("@/lib/services/easy-read/pictures"),
    storage: await import("@/lib/storage/storage"),
  };
});

afterAll(async () => {
  services?.storage.setFileStorage(undefined);
  await world?.close();
});

const failureOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    const e = error as { name?: string; code?: string; fieldErrors?: Record<string, string[]> };
    if (e.name === "AppError") return e.fieldErrors ?? { code: [e.code ?? ""] };
    throw error;
  }
  throw new Error("expected a failure");
};

describe("officers' Easy Read pictures", () => {
  it("stores a PNG with its description, audits it, lists it for the picker and serves it", async () => {
    const c = await makeConsultation(world.db, "draft");
    const { id } = await services.pictures.uploadEasyReadPicture(
      officer,
      { consultationId: c.id, altText: "A girl on a swing" },
      { name: "swing.png", bytes: PNG },
    );
    const row = await world.db.easyReadPicture.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      consultationId: c.id,
      altText: "A girl on a swing",
      mimeType: "image/png",
      sizeBytes: PNG.length,
      uploadedById: officer.id,
    });
    expect(await world.auditCount({ targetId: id, action: "easyRead.pictureUpload" })).toBe(1);
    expect(await services.pictures.listEasyReadPictures(officer, c.id)).toEqual([
      { src: `/easy-read/uploads/${id}`, name: "A girl on a swing", keywords: ["uploaded", "own picture"] },
    ]);
    const file = await services.pictures.getEasyReadPictureFile(id);
    expect(file.mimeType).toBe("image/png");
    expect(Buffer.compare(file.bytes, PNG)).toBe(0);
  });

  it("refuses SVG, other formats, empty and oversized files with specific messages, storing nothing", async () => {
    const c = await makeConsultation(world.db, "draft");
    const upload = (bytes: Buffer, name = "p.png") =>
      failureOf(
        services.pictures.uploadEasyReadPicture(
          officer,
          { consultationId: c.id, altText: "A picture" },
          { name, bytes },
        ),
      );
    expect(await upload(Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"></svg>'), "p.svg")).toEqual({
      file: ["SVG files cannot be uploaded because they can contain code. Save the picture as a PNG or JPEG"],
    });
    expect(await upload(Buffer.from("GIF89a renamed"))).toEqual({ file: ["The picture must be a PNG or JPEG image"] });
    expect(await upload(Buffer.alloc(0))).toEqual({ file: ["Select a picture to upload"] });
    expect(await upload(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))).toEqual({
      file: ["The picture must be smaller than 2 MB"],
    });
    expect(await world.db.easyReadPicture.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("needs questionnaire.edit and an existing consultation; unknown pictures are not found", async () => {
    const c = await makeConsultation(world.db, "draft");
    expect(
      await failureOf(
        services.pictures.uploadEasyReadPicture(
          analyst,
          { consultationId: c.id, altText: "A" },
          { name: "a.png", bytes: PNG },
        ),
      ),
    ).toEqual({ code: ["FORBIDDEN"] });
    expect(await failureOf(services.pictures.listEasyReadPictures(null, c.id))).toEqual({ code: ["UNAUTHENTICATED"] });
    expect(
      await failureOf(
        services.pictures.uploadEasyReadPicture(
          officer,
          { consultationId: "nope", altText: "A" },
          { name: "a.png", bytes: PNG },
        ),
      ),
    ).toEqual({ code: ["NOT_FOUND"] });
    expect(await failureOf(services.pictures.getEasyReadPictureFile("nope"))).toEqual({ code: ["NOT_FOUND"] });
  });
});
