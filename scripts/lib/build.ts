// "Builds if needed": a production build is reused only while the sources it was made from
// are unchanged, so `npm start` after a pull never serves stale code.
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./migrations";

const WATCHED = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "prisma/schema.prisma",
];
const STAMP = path.join(ROOT, ".next", "hys-source-hash");

function walk(target: string, out: string[]): void {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    out.push(`${path.relative(ROOT, target)}:${stat.size}:${stat.mtimeMs}`);
    return;
  }
  for (const entry of fs.readdirSync(target)) {
    if (entry === "generated" || entry.endsWith(".test.ts")) continue;
    walk(path.join(target, entry), out);
  }
}

export function sourceHash(): string {
  const lines: string[] = [];
  for (const item of WATCHED) walk(path.join(ROOT, item), lines);
  return crypto.createHash("sha256").update(lines.sort().join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === sourceHash()
  );
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed with exit code ${result.status}`);
}

export function ensureGeneratedClient(): void {
  if (!fs.existsSync(path.join(ROOT, "lib/generated/prisma/client.ts")))
    run([path.join(ROOT, "scripts/db/generate.mjs")]);
}

export function buildIfNeeded(): void {
  if (buildIsCurrent()) return;
  console.log("Building the app (first start, or the code changed)…");
  const hash = sourceHash();
  run([path.join(ROOT, "node_modules/next/dist/bin/next"), "build"]);
  fs.writeFileSync(STAMP, hash);
}
