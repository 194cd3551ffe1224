// How every download route refuses: a plain-text response with the refusal's status (401, 403,
// 404) that is never cached, so a refused download looks the same wherever it happens.

/** A refusal as a plain-text response that is never cached. */
export function refusalResponse(refusal: { status: number; message: string }): Response {
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
