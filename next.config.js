// Next.js configuration. Environment validation happens in instrumentation.ts through
// lib/env.ts, so a bad setting stops the server with one plain line.
import path from "node:path";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Compression belongs to the proxy in front (deploy/nginx/have-your-say.conf): our server
  // (scripts/serve/app-server.mjs) must see the HTML it replaces on error pages uncompressed.
  compress: false,
  // PGlite and the Prisma driver adapter are Node-only; keep them out of the bundles.
  experimental: {
    // Server actions refuse bodies over 1 MB with a bare 500 before our code runs; allowing a
    // little more lets the response service give its own plain "too long" message at 1 MB, and
    // Easy Read drawings (up to 10 MB, issue #7) reach the check that says "smaller than 10MB".
    serverActions: { bodySizeLimit: "12mb" },
    // forbidden() and app/forbidden.tsx: a role refused a staff page gets HTTP 403 (issue #15).
    authInterrupts: true,
  },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@resvg/resvg-js"],
  sassOptions: {
    loadPaths: [path.resolve("node_modules")],
    quietDeps: true,
    silenceDeprecations: ["import", "global-builtin"],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
