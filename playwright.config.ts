// End-to-end tests: a production build in Debian's Chromium, every page checked with axe.
// The server (scripts/e2e/server.ts) makes a fresh PostgreSQL database, migrates, seeds,
// builds if needed and serves; nothing is downloaded.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Long journeys with an axe pass per page take a while on our 2-core machines under load.
  timeout: 120_000,
  // A form post that redirects (save, submit, send a link) can take several seconds when the
  // 2 cores are busy with the production server, axe and two browsers; 5 s made such waits
  // flaky in CI. A passing assertion returns as soon as it holds, so this costs nothing then.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: chromium,
  },
  projects: [
    { name: "javascript", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, grepInvert: /@clock/ },
    // Public pages must work with JavaScript turned off.
    {
      name: "no-javascript",
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions: chromium },
      grep: /@public/,
      grepInvert: /@clock/,
    },
    // Specs that move the app's one clock (e2e/helpers/clock.ts) would change "now" under
    // every other spec, so they run last, one at a time.
    {
      name: "clock",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      grep: /@clock/,
      dependencies: ["javascript", "no-javascript"],
      workers: 1,
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e/server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
  },
});
