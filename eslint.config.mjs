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

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
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
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through lib/env.ts." }],
    },
  },
  {
    // Components render; they never reach the database or services.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...prismaImports.patterns, { group: ["@/lib/db", "@/lib/services/*"], message: "Components get data from pages, not from the database." }] },
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
