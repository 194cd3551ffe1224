// Error pages that work without JavaScript. Next 16 serves a page that fails while rendering
// (notFound(), forbidden(), or an unexpected error) as an empty <body> whose content arrives
// only in the script payload (vercel/next.js#98954), so a visitor without JavaScript, or a
// screen reader before hydration, gets a blank page. An error page requested on its own
// renders properly. So for a full-page GET that answers 403, 404 or 500 with no <main>, we
// hold Next's output and send that error page's own markup instead, keeping the status.
// Client-side navigations (RSC requests) are left alone: the browser renders those itself.

/** Where each status's page is rendered on its own (app/not-found.tsx, app/problem/[status]). */
export const ERROR_PAGES = { 403: "/problem/403", 404: "/_not-found", 500: "/problem/500" };

/** Marks our own request for an error page, so it is never itself held. */
const INTERNAL = "x-hys-error-page";

/**
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 * @param {() => string} origin where this server can be reached, e.g. http://127.0.0.1:3000
 */
export function withErrorPages(handle, origin) {
  return (req, res) => {
    if (req.method !== "GET" || req.headers.rsc || req.headers[INTERNAL]) return handle(req, res);
    const real = { flushHeaders: res.flushHeaders, writeHead: res.writeHead, write: res.write, end: res.end };
    const held = [];
    let mode = "undecided";
    const decide = () => {
      if (mode !== "undecided") return;
      const html = String(res.getHeader("content-type") ?? "").startsWith("text/html");
      mode = ERROR_PAGES[res.statusCode] && html ? "hold" : "pass";
    };
    // The wrappers stay in place and pass straight through once decided: Next's compression
    // wraps res.write and res.end on top of these, so putting the originals back would cut
    // it out of the middle of a response.
    const keep = (chunk, encoding) => {
      if (chunk && typeof chunk !== "function")
        held.push(
          Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
        );
    };
    // Once held output is replaced ("sent"), Node's own end() writes the head through these too.
    const through = () => mode === "pass" || mode === "sent";
    res.flushHeaders = function () {
      decide();
      if (through()) return real.flushHeaders.call(res);
    };
    res.writeHead = function (status, ...rest) {
      if (mode === "undecided") res.statusCode = status;
      decide();
      return through() ? real.writeHead.call(res, status, ...rest) : res;
    };
    res.write = function (chunk, encoding, callback) {
      decide();
      if (mode === "pass") return real.write.call(res, chunk, encoding, callback);
      keep(chunk, encoding);
      if (typeof encoding === "function") encoding();
      else if (typeof callback === "function") callback();
      return true;
    };
    res.end = function (chunk, encoding, callback) {
      decide();
      if (mode === "pass") return real.end.call(res, chunk, encoding, callback);
      keep(chunk, encoding);
      mode = "sent";
      void sendHeld(req, res, Buffer.concat(held), origin(), (body) => real.end.call(res, body));
      return res;
    };
    return handle(req, res);
  };
}

async function sendHeld(req, res, body, origin, end) {
  if (/<main[\s>]/.test(body.toString("utf8"))) return end(body);
  try {
    const page = await fetch(new URL(ERROR_PAGES[res.statusCode], origin), {
      headers: { [INTERNAL]: "1", cookie: req.headers.cookie ?? "", accept: "text/html" },
      redirect: "manual",
    });
    const markup = Buffer.from(await page.arrayBuffer());
    // The error page carries its own nonce: its policy must travel with its markup.
    for (const name of ["content-security-policy", "content-type"]) {
      const value = page.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.removeHeader("link");
    res.removeHeader("content-length");
    res.removeHeader("content-encoding");
    end(markup);
  } catch (error) {
    console.error("[server] could not render the error page on its own", error);
    end(body);
  }
}
