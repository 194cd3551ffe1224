// Issue #19 acceptance, files in PostgreSQL: uploading and then downloading a 20 MB consultation
// document raises the app's resident memory (RSS) by less than 40 MB, and how long each takes.
// Runs the production build with `next start` (one app process) on a fresh PostgreSQL database;
// an officer's session is made in the database, and the upload is the form's own multipart POST.
// RSS is read from /proc every 20 ms; the rise is the peak during each transfer over the level
// after a warm-up upload and download of a small file (which loads the routes' code).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createScriptClient } from "../lib/prisma";
import { freePort, prepare, startApp, stopApp, type AppProcess } from "../load/app-server";
import { processTree, rssMb } from "./process-tree";

const DOCUMENT_BYTES = 20_000_000;
const TARGET_RISE_MB = 40;

type Session = { cookie: string; consultationId: string };

async function officerSession(url: string): Promise<Session> {
  const client = createScriptClient(url);
  try {
    const officer = await client.user.findFirstOrThrow({ where: { role: "OFFICER", active: true } });
    const consultation = await client.consultation.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const token = crypto.randomBytes(32).toString("hex");
    // The table keeps only the token's SHA-256 (lib/auth/session-store.ts).
    const hashed = crypto.createHash("sha256").update(token).digest("hex");
    await client.session.create({
      data: { sessionToken: hashed, userId: officer.id, expires: new Date(Date.now() + 3_600_000) },
    });
    return { cookie: `hys.session-token=${token}`, consultationId: consultation.id };
  } finally {
    await client.$disconnect();
  }
}

/** The newest version of the consultation's documents, once an upload has redirected. */
async function newestVersionId(url: string, consultationId: string): Promise<string> {
  const client = createScriptClient(url);
  try {
    const version = await client.documentVersion.findFirstOrThrow({
      where: { document: { consultationId } },
      orderBy: { createdAt: "desc" },
    });
    return version.id;
  } finally {
    await client.$disconnect();
  }
}

/** Samples the app's processes' RSS until stopped; `peak` is the highest single-process reading. */
function rssSampler(pids: number[]) {
  let peak = 0;
  const sample = () => {
    for (const pid of pids) peak = Math.max(peak, rssMb(pid));
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

async function upload(app: AppProcess, session: Session, bytes: Buffer): Promise<void> {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "bench-strategy.pdf", { type: "application/pdf" }));
  for (const [k, v] of Object.entries({
    title: "Bench strategy",
    kind: "FULL_STRATEGY",
    versionLabel: `Version ${Date.now()}`,
  }))
    form.set(k, v);
  const response = await fetch(`${app.origin}/staff/consultations/${session.consultationId}/documents/upload`, {
    method: "POST",
    body: form,
    headers: { cookie: session.cookie, origin: app.origin },
    redirect: "manual",
  });
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303 || !location.includes("done=uploaded"))
    throw new Error(`upload refused: ${response.status} ${location}`);
}

/** Downloads as a browser would, a piece at a time; its SHA-256 and length. */
async function download(
  app: AppProcess,
  session: Session,
  versionId: string,
): Promise<{ sha256: string; bytes: number }> {
  const response = await fetch(`${app.origin}/staff/consultations/${session.consultationId}/documents/${versionId}`, {
    headers: { cookie: session.cookie },
  });
  if (response.status !== 200 || !response.body) throw new Error(`download failed: ${response.status}`);
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  for await (const piece of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
    hash.update(piece as Buffer);
    bytes += (piece as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

async function roundTrip(app: AppProcess, session: Session, url: string, document: Buffer, pids: number[]) {
  const before = Math.max(...pids.map(rssMb));
  let sampler = rssSampler(pids);
  let started = performance.now();
  await upload(app, session, document);
  const uploadMs = performance.now() - started;
  const uploadPeak = sampler.stop();
  const versionId = await newestVersionId(url, session.consultationId);
  sampler = rssSampler(pids);
  started = performance.now();
  const got = await download(app, session, versionId);
  const downloadMs = performance.now() - started;
  const downloadPeak = sampler.stop();
  if (got.bytes !== document.length || got.sha256 !== crypto.createHash("sha256").update(document).digest("hex")) {
    throw new Error(`the download differs from the upload (${got.bytes} bytes of ${document.length})`);
  }
  return { before, uploadMs, uploadPeak, downloadMs, downloadPeak };
}

export async function run(): Promise<void> {
  const database = await prepare("bench_files");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-bench-files-"));
  let app: AppProcess | undefined;
  try {
    const session = await officerSession(database.url);
    app = await startApp(await freePort(3700, 3799), {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      WEB_CONCURRENCY: "1",
    });
    const pids = processTree(app.child.pid!);
    console.log(
      `load average (1, 5, 15 min): ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")} on ${os.cpus().length} CPUs`,
    );
    // Warm-up: the upload and download routes' code loads on first use; that is not the file's cost.
    const small = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(100_000)]);
    for (let i = 0; i < 3; i++) await roundTrip(app, session, database.url, small, pids);
    const document = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(DOCUMENT_BYTES - 9)]);
    const mb = (n: number) => `${n.toFixed(1)} MB`;
    for (let i = 1; i <= 3; i++) {
      const r = await roundTrip(app, session, database.url, document, pids);
      const rise = Math.max(r.uploadPeak, r.downloadPeak) - r.before;
      console.log(
        `20 MB document, run ${i}: upload ${(r.uploadMs / 1000).toFixed(2)} s, download ${(r.downloadMs / 1000).toFixed(2)} s; ` +
          `app RSS ${mb(r.before)} before, peak ${mb(r.uploadPeak)} uploading, ${mb(r.downloadPeak)} downloading: rise ${mb(rise)} (target < ${TARGET_RISE_MB} MB)`,
      );
    }
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}`,
    );
  } finally {
    if (app) await stopApp(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database.drop().catch(() => undefined);
  }
}
