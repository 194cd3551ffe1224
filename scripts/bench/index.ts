// npm run bench [name…]: runs every scripts/bench/*.bench.ts (or the named ones) in turn.
// Figures go into issue notes; performance is shown here, never by timed tests.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function main() {
  const only = process.argv.slice(2);
  const dir = import.meta.dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  for (const file of files) {
    console.log(`\n# ${file.replace(".bench.ts", "")}`);
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
