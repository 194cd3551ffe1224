// Serves the app from several Node processes sharing one port (node:cluster), so it uses every
// core: Next renders each request on one thread, and at 50 quick respondents one process is the
// queue (issue #6). Usage: node scripts/serve/cluster.mjs <entry script> [args...]; each worker
// runs the entry unchanged (here scripts/serve/app-server.mjs). WEB_CONCURRENCY sets how many (default 1).
// The primary forks, keeps the rate-limit counters every worker shares (lib/rate-limit/limiter.ts),
// replaces a worker that crashes, and passes Ctrl+C or SIGTERM on. Plain JavaScript, so it runs
// before anything is compiled.
import cluster from "node:cluster";
import path from "node:path";
import rateLimiterFlexible from "rate-limiter-flexible";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Usage: node scripts/serve/cluster.mjs <entry script> [args...]");
  process.exit(2);
}
const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY || 1)) || 1);
cluster.setupPrimary({ exec: path.resolve(entry), args });
new rateLimiterFlexible.RateLimiterClusterMaster();

let stopping = false;
const running = () => Object.keys(cluster.workers).length;
for (let i = 0; i < workers; i++) cluster.fork();
cluster.on("exit", (worker, code, signal) => {
  if (!stopping && (signal || code !== 0)) {
    // A crashed worker is replaced, so one bad request cannot take the service down.
    console.error(`App process ${worker.process.pid} stopped (${signal || `exit ${code}`}); starting another.`);
    cluster.fork();
    return;
  }
  if (running() === 0) process.exit(stopping ? 0 : code);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (running() === 0) process.exit(0);
    for (const worker of Object.values(cluster.workers)) worker.process.kill(signal);
  });
}
