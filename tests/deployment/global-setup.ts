// The deployment as a council runs it (issue #19): Debian's nginx, round robin, in front of two
// app instances (separate processes, ports and DATA_DIRs) on one PostgreSQL database and the
// real Redis, sharing NEXTAUTH_SECRET. Started once for tests/deployment; torn down after.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMailCatcher } from "../support/mail-catcher";
import { prepare, startApp, type AppProcess } from "../../scripts/load/app-server";
import { startNginx } from "./nginx";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    deployment: { origin: string; instances: { name: string; origin: string }[]; databaseUrl: string; mailDir: string; redisPrefix: string };
  }
}

export default async function setup(project: TestProject) {
  const database = await prepare("deployment");
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-deploy-mail-"));
  const mail = await startMailCatcher(mailDir);
  const [nginxPort, ...ports] = await Promise.all([freePort(), freePort(), freePort()]);
  const origin = `http://127.0.0.1:${nginxPort}`;
  const redisPrefix = `hys-deploy-${crypto.randomBytes(4).toString("hex")}:`;
  const shared = {
    DATABASE_URL: database.url,
    APP_URL: origin,
    // Shared by every instance: a link signed by one must be accepted by the others.
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    REDIS_URL: "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: redisPrefix,
    TRUSTED_PROXIES: "127.0.0.1",
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    WEB_CONCURRENCY: "1",
    RESPONDENT_RATE_LIMIT_FACTOR: "1",
  };
  const names = ["a", "b"];
  const apps: AppProcess[] = await Promise.all(
    ports.map((port, i) => startApp(port, { ...shared, HYS_INSTANCE_NAME: names[i], DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `hys-deploy-${names[i]}-`)) })),
  );
  const nginx = await startNginx(nginxPort, ports);
  project.provide("deployment", { origin, instances: ports.map((port, i) => ({ name: names[i], origin: `http://127.0.0.1:${port}` })), databaseUrl: database.url, mailDir, redisPrefix });
  return async () => {
    await nginx.stop();
    for (const app of apps) {
      app.child.kill("SIGTERM");
      await new Promise((r) => (app.child.exitCode !== null ? r(null) : app.child.once("exit", r)));
    }
    await mail.stop();
    await database.drop().catch(() => undefined);
  };
}
