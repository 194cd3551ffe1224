// The error-page fallback over real HTTP on loopback: a page Next renders as an empty body with
// 403, 404 or 500 is replaced by that error page's own markup and policy, keeping the status;
// everything else passes through untouched.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withErrorPages } from "./error-page-fallback.mjs";

type Reply = { status: number; type: string; chunks: string[] };
const servers: http.Server[] = [];
let appOrigin = "";

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** What "Next" answers for each path: streamed like Next does (flushHeaders, write, end). */
const REPLIES: Record<string, Reply> = {
  "/blank-404": {
    status: 404,
    type: "text/html; charset=utf-8",
    chunks: ["<html><body><div hidden></div>", "<script>payload</script></body></html>"],
  },
  "/blank-403": { status: 403, type: "text/html; charset=utf-8", chunks: ["<html><body></body></html>"] },
  "/blank-500": { status: 500, type: "text/html; charset=utf-8", chunks: ["<html><body></body></html>"] },
  "/full-404": {
    status: 404,
    type: "text/html; charset=utf-8",
    chunks: ["<html><body><main>Already fine</main></body></html>"],
  },
  "/json-404": { status: 404, type: "application/json", chunks: ['{"error":"nope"}'] },
  "/ok": { status: 200, type: "text/html; charset=utf-8", chunks: ["<html><body><main>Hello</main></body></html>"] },
  "/_not-found": {
    status: 404,
    type: "text/html; charset=utf-8",
    chunks: ["<html><body><main><h1>Page not found</h1></main></body></html>"],
  },
  "/problem/403": {
    status: 200,
    type: "text/html; charset=utf-8",
    chunks: ["<html><body><main><h1>You do not have permission to view this page</h1></main></body></html>"],
  },
  "/problem/500": {
    status: 200,
    type: "text/html; charset=utf-8",
    chunks: ["<html><body><main><h1>Sorry, there is a problem with the service</h1></main></body></html>"],
  },
};

/**
 * A 2 MB page streamed as Next does it, through a layer that wraps res.write and res.end on top
 * of ours (as Next's compression does), waiting for "drain" whenever write says to.
 */
async function streamLarge(res: http.ServerResponse) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = ((chunk: Buffer) => write(chunk)) as typeof res.write;
  res.end = ((chunk?: Buffer) => end(chunk)) as typeof res.end;
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.flushHeaders();
  const chunk = Buffer.alloc(16 * 1024, "x");
  for (let i = 0; i < 128; i++) {
    if (!res.write(chunk)) await new Promise((r) => res.once("drain", r));
  }
  res.end();
}

beforeAll(async () => {
  const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === "/large") return streamLarge(res);
    const reply = REPLIES[req.url ?? ""] ?? REPLIES["/blank-404"];
    res.statusCode = reply.status;
    res.setHeader("content-type", reply.type);
    res.setHeader("content-security-policy", `script-src 'nonce-${req.url}'`);
    res.flushHeaders();
    for (const chunk of reply.chunks) {
      res.write(chunk);
      await new Promise((r) => setTimeout(r, 5));
    }
    res.end();
  };
  appOrigin = await listen(withErrorPages(next, () => appOrigin));
});

afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${appOrigin}${path}`, { headers });
  return { status: response.status, body: await response.text(), csp: response.headers.get("content-security-policy") };
};

describe("withErrorPages", () => {
  it("sends the error page's own markup and policy, with the original status, for a blank error page", async () => {
    expect(await get("/blank-404")).toEqual({
      status: 404,
      body: REPLIES["/_not-found"].chunks.join(""),
      csp: "script-src 'nonce-/_not-found'",
    });
    expect(await get("/blank-403")).toMatchObject({ status: 403, body: REPLIES["/problem/403"].chunks.join("") });
    expect(await get("/blank-500")).toMatchObject({ status: 500, body: REPLIES["/problem/500"].chunks.join("") });
  });

  it("streams a large page through a layer wrapping res.write, with backpressure, to the end", async () => {
    const response = await fetch(`${appOrigin}/large`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(128 * 16 * 1024);
  });

  it("leaves alone pages with content, other types, client navigations and other methods", async () => {
    expect(await get("/full-404")).toMatchObject({
      status: 404,
      body: REPLIES["/full-404"].chunks.join(""),
      csp: "script-src 'nonce-/full-404'",
    });
    expect(await get("/json-404")).toMatchObject({ status: 404, body: '{"error":"nope"}' });
    expect(await get("/ok")).toMatchObject({ status: 200, body: REPLIES["/ok"].chunks.join("") });
    expect((await get("/blank-404", { rsc: "1" })).body).toBe(REPLIES["/blank-404"].chunks.join(""));
    const posted = await fetch(`${appOrigin}/blank-404`, { method: "POST" });
    expect(await posted.text()).toBe(REPLIES["/blank-404"].chunks.join(""));
  });
});
