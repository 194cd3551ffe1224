import { describe, expect, it } from "vitest";
import { imageTypeError, JPEG, looksLikeSvg, PNG, sniffImageType } from "./sniff-image";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffImageType", () => {
  it("knows PNG and JPEG by their signatures", () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(PNG);
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe(JPEG);
  });

  it("refuses anything else, whatever it is called", () => {
    expect(sniffImageType(text("GIF89a...."))).toBeNull();
    expect(sniffImageType(text("%PDF-1.7"))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});

describe("SVG uploads", () => {
  it("are recognised, with or without an XML declaration or byte order mark", () => {
    expect(looksLikeSvg(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe(true);
    expect(looksLikeSvg(text('\uFEFF  <?xml version="1.0"?>\n<svg></svg>'))).toBe(true);
    expect(looksLikeSvg(text("<html><body>hi</body></html>"))).toBe(false);
  });

  it("get an error that says why they are refused", () => {
    expect(imageTypeError(text("<svg></svg>"), "picture")).toBe(
      "SVG files cannot be uploaded because they can contain code. Save the picture as a PNG or JPEG",
    );
    expect(imageTypeError(text("GIF89a"), "drawing")).toBe("The drawing must be a PNG or JPEG image");
  });
});
