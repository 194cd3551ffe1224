// Lint rules that hold the architecture in place (ARCHITECTURE.md "Layers").
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  patterns: [
    {
      group: ["@prisma/*", "**/generated/prisma", "**/generated/prisma/*", "@/lib/generated/*"],
      message: "Prisma lives in lib/ only: call a service in lib/services instead.",
    },
  ],
};

// lib/ folders that hold pure code only (see the rule below).
const PURE_FOLDERS = [
  "analysis",
  "consultations",
  "imports",
  "permissions",
  "personal-data",
  "questionnaire",
  "random",
  "reports",
  "respond",
  "retention",
  "text",
  "validation",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    // No Prisma outside lib/ (scripts, prisma/ seed and tests run outside the app).
    files: ["app/**", "components/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
  {
    // Only lib/env.ts reads the environment.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    // Tests set up environments on purpose; the app code they test still goes through env().
    ignores: ["lib/env.ts", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env.ts." },
      ],
    },
  },
  {
    // Components render; they never reach the database or services.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...prismaImports.patterns,
            {
              group: ["@/lib/db", "@/lib/services/*"],
              message: "Components get data from pages, not from the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // The server's lower layers (sessions, HTTP helpers, storage, email, rate limits, the audit
    // writer) sit below the services and are used by them: importing a service from here would
    // point an arrow the wrong way and make a cycle.
    files: ["lib/**"],
    ignores: ["lib/services/**", "lib/actions/**", "lib/generated/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/services/*", "**/lib/services/*"],
              message: "lib/ below the services cannot import a service: move the caller into lib/services.",
            },
            {
              // The same by relative path (../services/…).
              regex: "^\\.\\./(\\.\\./)*services/",
              message: "lib/ below the services cannot import a service: move the caller into lib/services.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pure code: questionnaires, analysis, reports, words, validation, the respond journey's
    // rules and the permissions table run anywhere (browser bundles, scripts, unit tests with no
    // database), so they never reach the database, a service or a server-only module. Server
    // code imports them; never the other way round (docs/code-style.md "Layers").
    files: PURE_FOLDERS.map((folder) => `lib/${folder}/**`).concat([
      "lib/audit/actions.ts",
      "lib/zod.ts",
      "lib/errors.ts",
      "lib/clock.ts",
    ]),
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "server-only", message: "This folder is pure code: move server-only parts to lib/services." },
          ],
          patterns: [
            ...prismaImports.patterns,
            {
              group: [
                "@/lib/db",
                "**/lib/db",
                "@/lib/services/*",
                "**/lib/services/*",
                "@/lib/auth/*",
                "@/lib/audit/record-audit-event",
              ],
              message:
                "Pure code cannot reach the database, services or sessions: pass the data in from a service instead.",
            },
            {
              // The same by relative path (../services/…, ../../db).
              regex: "^\\.\\.?/(\\.\\./)*(services/|db$|auth/)",
              message:
                "Pure code cannot reach the database, services or sessions: pass the data in from a service instead.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
