// Rasterises a report chart's SVG to PNG for the DOCX (Word cannot be relied on to show SVG).
// Liberation Sans is loaded from the system's font files, never downloaded; the system fonts
// are only scanned when neither of Debian's paths exists, because that scan is slow.
import fs from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const FONT_FILES = [
  "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
];

let fontFiles: string[] | undefined;
function fonts(): string[] {
  fontFiles ??= FONT_FILES.filter((f) => fs.existsSync(f)).slice(0, 1);
  return fontFiles;
}

/** PNG bytes at the SVG's own size times `scale` (2 keeps text sharp when printed). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const files = fonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      loadSystemFonts: files.length === 0,
      fontFiles: files,
      defaultFontFamily: "Liberation Sans",
      sansSerifFamily: "Liberation Sans",
    },
  });
  return resvg.render().asPng();
}
