// One virtual respondent's HTTP session, as a browser without JavaScript would hold it: its own
// cookies, redirects followed by hand (so each server round trip is timed on its own), and
// server-action forms posted as multipart/form-data.

export type Hop = {
  method: "GET" | "POST";
  url: string;
  status: number;
  location?: string;
  /** Request sent → response headers received, on loopback: our proxy for server time. */
  headersMs: number;
};

export type PageResult = { url: string; status: number; html: string; hops: Hop[] };

export class HttpRespondent {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join("; ");
  }

  private async hop(method: "GET" | "POST", url: string, body?: FormData): Promise<{ hop: Hop; response: Response }> {
    const started = performance.now();
    const response = await fetch(url, {
      method,
      body,
      redirect: "manual",
      // Browsers send Origin with every form POST; Next checks it against Host for server actions
      // (and logs a warning on each POST without it, which would be load the real service never has).
      headers: {
        cookie: this.cookieHeader(),
        accept: "text/html",
        ...(method === "POST" ? { origin: this.origin } : {}),
      },
    });
    const headersMs = performance.now() - started;
    this.remember(response);
    const location = response.headers.get("location") ?? undefined;
    return { hop: { method, url, status: response.status, location, headersMs }, response };
  }

  /** A GET or a form POST, then any redirects (as GETs), ending on a page. */
  async request(method: "GET" | "POST", path: string, fields?: [string, string][]): Promise<PageResult> {
    const hops: Hop[] = [];
    let url = new URL(path, this.origin).toString();
    let body: FormData | undefined;
    if (method === "POST") {
      body = new FormData();
      for (const [name, value] of fields ?? []) body.append(name, value);
    }
    let currentMethod = method;
    for (let i = 0; i < 10; i++) {
      const { hop, response } = await this.hop(currentMethod, url, body);
      hops.push(hop);
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        await response.body?.cancel();
        url = new URL(hop.location, url).toString();
        currentMethod = "GET";
        body = undefined;
        continue;
      }
      return { url, status: hop.status, html: await response.text(), hops };
    }
    throw new Error(`Too many redirects from ${path}`);
  }
}
