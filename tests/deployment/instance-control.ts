// Lets a deployment test do to an instance what happens to a server in service: POST
// /kill/<name> SIGKILLs its whole process tree (the cluster primary, its app process and any
// export process, as when the machine dies), /stop/<name> sends SIGTERM and waits for it to exit,
// /start/<name> starts it again on the same port with the same settings. The instances live in
// the global setup's process, so the tests (in another process) ask through this small server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { processTree } from "../../scripts/bench/process-tree";
import { startApp, stopApp, type AppProcess } from "../../scripts/load/app-server";

export type ControlledInstance = { name: string; port: number; env: Record<string, string>; app?: AppProcess };

/** SIGKILLs the app's process and every descendant, and waits for the app to exit. */
export async function killTree(app: AppProcess): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((r) => app.child.once("exit", r));
  for (const pid of processTree(app.child.pid!).reverse()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  await exited;
}

export async function startInstanceControl(instances: ControlledInstance[]) {
  const actions: Record<string, (instance: ControlledInstance) => Promise<void>> = {
    kill: async (instance) => {
      if (instance.app) await killTree(instance.app);
    },
    stop: async (instance) => {
      if (instance.app) await stopApp(instance.app);
    },
    start: async (instance) => {
      if (instance.app && instance.app.child.exitCode === null && instance.app.child.signalCode === null) return;
      instance.app = await startApp(instance.port, instance.env);
    },
  };
  const server = http.createServer((request, response) => {
    const [, action, name] = (request.url ?? "").split("/");
    const instance = instances.find((i) => i.name === name);
    if (request.method !== "POST" || !actions[action] || !instance) {
      response.writeHead(404).end();
      return;
    }
    actions[action](instance).then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  // Starting an instance takes longer than Node's default request timeout allows.
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
