// The deployment as a council runs it (issue #19): Debian's nginx, round robin, in front of two
// app instances (separate processes, ports and DATA_DIRs) on one PostgreSQL database and the
// real Redis, sharing NEXTAUTH_SECRET. Started once for tests/deployment; torn down after. Tests
// kill and start an instance through a small control server (instance-control.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMailCatcher } from "../support/mail-catcher";
import { prepare, startApp, stopApp, type AppProcess } from "../../scripts/load/app-server";
import { startInstanceControl } from "./instance-control";
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
    deployment: {
      origin: string;
      instances: { name: string; origin: string }[];
      databaseUrl: string;
      mailDir: string;
      redisPrefix: string;
      /** The control server's address: POST /kill/<name>, /stop/<name>, /start/<name> (instance-control.ts). */
      control: string;
      /** The settings every instance shares, for a test that starts one of its own. */
      shared: Record<string, string>;
    };
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
    // Short leases, so a job of a killed instance is taken over within seconds (issue #19).
    JOB_LEASE_SECONDS: "3",
    // The seed's 60 demo responses make a background export.
    EXPORT_BACKGROUND_THRESHOLD: "10",
  };
  const names = ["a", "b"];
  const instances = ports.map((port, i) => ({
    name: names[i],
    port,
    env: {
      ...shared,
      HYS_INSTANCE_NAME: names[i],
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `hys-${names[i]}-`)),
    },
    app: undefined as AppProcess | undefined,
  }));
  await Promise.all(instances.map(async (instance) => (instance.app = await startApp(instance.port, instance.env))));
  const nginx = await startNginx(nginxPort, ports);
  const control = await startInstanceControl(instances);
  project.provide("deployment", {
    origin,
    instances: ports.map((port, i) => ({ name: names[i], origin: `http://127.0.0.1:${port}` })),
    databaseUrl: database.url,
    mailDir,
    redisPrefix,
    control: control.origin,
    shared,
  });
  return async () => {
    await control.close();
    await nginx.stop();
    for (const { app } of instances) if (app) await stopApp(app);
    await mail.stop();
    await database.drop().catch(() => undefined);
  };
}
