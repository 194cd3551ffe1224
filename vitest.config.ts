// Unit tests sit beside pure code (*.test.ts); integration tests (*.integration.test.ts)
// run against a fresh PostgreSQL database made for each run (tests/integration/global-setup.ts).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests call services directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [
            "**/*.integration.test.ts",
            "**/*.deployment.test.ts",
            "node_modules/**",
            "e2e/**",
            ".next/**",
            ".data/**",
          ],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["node_modules/**", ".next/**", ".data/**"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per run: files run one after another so they never race on it.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        // Issue #19: nginx in front of two instances of the production build, on one database and
        // the real Redis (tests/deployment/global-setup.ts). Slow to start, so one setup serves all.
        resolve: { alias },
        test: {
          name: "deployment",
          include: ["tests/deployment/**/*.deployment.test.ts"],
          environment: "node",
          globalSetup: ["tests/deployment/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
