// Runs Debian's nginx with deploy/nginx/have-your-say.conf (the file docs/deploy.md tells a
// council to use), in a folder of its own, in front of the given instances.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Nginx = { origin: string; pid: number; stop: () => Promise<void>; log: () => string };

export async function startNginx(port: number, upstreamPorts: number[]): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-nginx-"));
  fs.mkdirSync(path.join(dir, "temp"));
  // Started as root (CI, containers), nginx's workers run as an unprivileged user, who must be
  // able to buffer uploads (client_body_temp_path) under the folder mkdtemp made private.
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(dir, "temp"), 0o1777);
  // The page nginx shows when no instance answers, where its workers can read it.
  fs.mkdirSync(path.join(dir, "static"), { mode: 0o755 });
  fs.copyFileSync(
    path.join(ROOT, "deploy/nginx/have-your-say-unavailable.html"),
    path.join(dir, "static/have-your-say-unavailable.html"),
  );
  fs.chmodSync(path.join(dir, "static/have-your-say-unavailable.html"), 0o644);
  const template = fs.readFileSync(path.join(ROOT, "deploy/nginx/have-your-say.conf"), "utf8");
  const config = template
    .replaceAll("@ERROR_LOG@", path.join(dir, "error.log"))
    .replaceAll("@ACCESS_LOG@", path.join(dir, "access.log"))
    .replaceAll("@PID_FILE@", path.join(dir, "nginx.pid"))
    .replaceAll("@TEMP@", path.join(dir, "temp"))
    .replaceAll("@STATIC_ROOT@", path.join(dir, "static"))
    .replaceAll("@LISTEN@", `127.0.0.1:${port}`)
    .replaceAll(
      "@UPSTREAM_SERVERS@",
      upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n"),
    );
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  const child: ChildProcess = spawn(
    "/usr/sbin/nginx",
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${output}`);
    try {
      await fetch(`${origin}/api/health`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    pid: child.pid!,
    log: () =>
      `${output}${fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : ""}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await new Promise((r) => child.once("exit", r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
