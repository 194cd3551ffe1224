// Headers our HTTP server (scripts/serve/app-server.mjs) writes on every request and response,
// in one place so that the server and the app agree on them. Plain JavaScript: the server runs
// before anything is compiled; lib/http/server-headers.d.mts types it for the app.
import crypto from "node:crypto";

/**
 * The socket's remote address, stamped by our server over anything a client sent under this
 * name. lib/rate-limit/client-ip.ts starts from it; forwarded headers count only past it.
 */
export const PEER_HEADER = "x-hys-peer-address";

/** One year, with subdomains: the council's site is https-only once it has been https. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The Content-Security-Policy for one response. Scripts run only from our origin or inline with
 * this response's nonce (Next puts it on its own inline scripts), so injected markup cannot run
 * script. Styles allow inline attributes: GOV.UK markup and our SVG charts use them, and a style
 * cannot run code. `formTargets` are other origins a form may reach through a redirect (the
 * council's sign-in provider): browsers apply form-action to the redirects a form post follows.
 * @param {string} nonce
 * @param {{ dev?: boolean, formTargets?: string[] }} [options]
 */
export function contentSecurityPolicy(nonce, options = {}) {
  const scripts = ["'self'", `'nonce-${nonce}'`];
  // React's development build evaluates source maps and stacks with eval; never in production.
  if (options.dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...(options.formTargets ?? [])].join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Runs before Next sees a request: stamps the socket's address (over any client-sent value),
 * and gives the request and its response one fresh nonce's CSP (Next reads the nonce from the
 * request's Content-Security-Policy header), plus HSTS on an https site.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ dev?: boolean, https?: boolean, formTargets?: string[] }} options
 */
export function secureRequest(req, res, options) {
  req.headers[PEER_HEADER] = req.socket.remoteAddress || "";
  const policy = contentSecurityPolicy(crypto.randomBytes(16).toString("base64"), options);
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  res.setHeader("Content-Security-Policy", policy);
  if (options.https) res.setHeader("Strict-Transport-Security", HSTS);
}
