// Copies the OpenMoji pictures listed in lib/questionnaire/easy-read/pictures.ts into
// public/easy-read/pictures. The openmoji package is 67 MB unpacked, so it is not a
// dependency: unpack it anywhere and point this script at it, e.g.
//   npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
//   node --import tsx scripts/easy-read/copy-openmoji.ts ./package
// OpenMoji is CC BY-SA 4.0: keep OPENMOJI_CREDIT on the accessibility statement.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OPENMOJI_CREDIT, PICTURES } from "../../lib/questionnaire/easy-read/pictures";

const source = process.argv[2];
if (!source || !existsSync(path.join(source, "color", "svg"))) {
  console.error("Usage: node --import tsx scripts/easy-read/copy-openmoji.ts <unpacked openmoji package>");
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(path.join(source, "package.json"), "utf8")) as { version: string };
const target = path.join(process.cwd(), "public", "easy-read", "pictures");
mkdirSync(target, { recursive: true });
for (const picture of PICTURES)
  copyFileSync(path.join(source, "color", "svg", `${picture.hex}.svg`), path.join(target, `${picture.hex}.svg`));
writeFileSync(
  path.join(target, "LICENSE.txt"),
  `${OPENMOJI_CREDIT}\nhttps://openmoji.org — openmoji@${version}, unmodified colour SVGs.\nhttps://creativecommons.org/licenses/by-sa/4.0/\n`,
);
console.log(`Copied ${PICTURES.length} OpenMoji pictures to ${path.relative(process.cwd(), target)}`);
