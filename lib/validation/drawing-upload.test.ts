import { describe, expect, it } from "vitest";
import {
  checkDrawing,
  cleanFileName,
  DRAWING_ERRORS,
  drawingFieldName,
  isDrawingField,
  removeDrawingFieldName,
} from "./drawing-upload";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe("checkDrawing", () => {
  it("accepts PNG and JPEG by their bytes", () => {
    expect(checkDrawing(PNG)).toEqual({ ok: true, type: { mimeType: "image/png", extension: "png" } });
    expect(checkDrawing(JPEG)).toEqual({ ok: true, type: { mimeType: "image/jpeg", extension: "jpg" } });
  });

  it("refuses anything else, SVG and GIF included, with the words the brief asks for", () => {
    expect(checkDrawing(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      message: "The file must be a JPG or PNG",
    });
    expect(checkDrawing(new TextEncoder().encode("GIF89a"))).toEqual({ ok: false, message: DRAWING_ERRORS.type });
  });

  it("refuses files over 10MB, even when they are PNGs", () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(checkDrawing(big)).toEqual({ ok: false, message: "The file must be smaller than 10MB" });
    expect(checkDrawing(big.subarray(0, 10 * 1024 * 1024)).ok).toBe(true);
  });
});

describe("cleanFileName", () => {
  it("keeps the name a person chose, without folders or control characters", () => {
    expect(cleanFileName("C:\\Users\\sam\\my drawing.png")).toBe("my drawing.png");
    expect(cleanFileName("../../etc/passwd\u0000.jpg")).toBe("passwd.jpg");
    expect(cleanFileName("  ")).toBe("drawing");
  });

  it("shortens long names, keeping the extension", () => {
    const name = cleanFileName(`${"a".repeat(300)}.jpeg`);
    expect(name).toHaveLength(120);
    expect(name.endsWith(".jpeg")).toBe(true);
  });
});

describe("drawing field names", () => {
  it("sit beside the question's own field and are not answer fields", () => {
    expect(drawingFieldName("tell-us-more")).toBe("tell-us-more-drawing");
    expect(removeDrawingFieldName("tell-us-more")).toBe("tell-us-more-drawing-remove");
    expect(isDrawingField("tell-us-more-drawing")).toBe(true);
    expect(isDrawingField("tell-us-more-drawing-remove")).toBe(true);
    expect(isDrawingField("tell-us-more")).toBe(false);
  });
});
