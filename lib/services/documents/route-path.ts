// Route handlers under /staff/consultations/<id>/documents/… read their ids from the request
// path. The path is what the browser asked for, so it cannot disagree with the route params.
export function consultationPathIds(url: string): { consultationId: string; rest: string[] } {
  const parts = new URL(url).pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const at = parts.indexOf("consultations");
  return { consultationId: parts[at + 1] ?? "", rest: parts.slice(at + 2) };
}
