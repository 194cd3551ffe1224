// The app's HTTP server: Next's request handler behind a plain node:http server of our own.
// Usage: node scripts/serve/app-server.mjs [-p PORT] [-H HOST] [--dev]
// `next start` gives the app no way to learn the socket's address, so a client could only be
// told apart by headers it writes itself (a forged X-Forwarded-For beat every rate limit,
// issue #15). Here, before Next sees a request, we:
// - stamp the socket's remote address in a header of our own, overwriting whatever the client
//   sent under that name (lib/rate-limit/client-ip.ts walks X-Forwarded-For from it, past
//   TRUSTED_PROXIES only);
// - give the request a fresh CSP nonce: Next reads the nonce from the request's
//   Content-Security-Policy header and puts it on its own inline scripts, and the browser gets
//   the same policy, so no inline script runs without it;
// - add HSTS when the public address is https.
// Plain JavaScript, so it runs before anything is compiled (as scripts/serve/cluster.mjs does).
import http from "node:http";
import path from "node:path";
import { secureRequest } from "../../lib/http/server-headers.mjs";
import { withErrorPages } from "./error-page-fallback.mjs";

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const dev = args.includes("--dev");
const port = Number(option("-p", process.env.PORT || "3000"));
const hostname = option("-H", undefined);
// As `next start` does, before Next loads: React and Next pick their builds from it.
if (!dev) process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "../..");
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port });
const originOf = (url) => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};
const https = originOf(process.env.APP_URL || "http://localhost")?.protocol === "https:";
// Staff signing in through the council's identity provider post a form that redirects there.
const formTargets = [originOf(process.env.OIDC_ISSUER || "")?.origin].filter(Boolean);

await app.prepare();
const ownOrigin = () =>
  `http://${!hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
const handle = withErrorPages(app.getRequestHandler(), ownOrigin);

// Names this instance in every response when set, so operators (and the deployment test) can
// tell which instance behind a load balancer answered.
const instanceName = process.env.HYS_INSTANCE_NAME;

const server = http.createServer((req, res) => {
  secureRequest(req, res, { dev, https, formTargets });
  if (instanceName) res.setHeader("X-Served-By", instanceName);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Longer than a load balancer's idle timeout (nginx keepalive_timeout 60 s upstream defaults
// are shorter), so the balancer, not us, closes idle connections and never reuses a dead one.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, hostname, () => {
  console.log(`App process ${process.pid} ready on http://${hostname ?? "localhost"}:${port}`);
});

// On SIGTERM: /api/ready says 503 so the balancer stops sending; background work stops claiming
// and hands back what it has not finished (instrumentation.ts registers those hooks); requests
// in flight finish; then exit. A request or job that hangs cannot hold the process past 9 s,
// inside the 10 s a supervisor (or Kubernetes) usually gives.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    globalThis.hysDraining = true;
    setTimeout(() => process.exit(0), 9_000).unref();
    const hooks = globalThis.hysShutdownHooks ?? [];
    const background = Promise.allSettled(hooks.map((hook) => hook()));
    const requests = new Promise((resolve) => {
      server.close(resolve);
      server.closeIdleConnections();
    });
    void Promise.all([background, requests]).then(() => process.exit(0));
  });
}
