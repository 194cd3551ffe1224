import type { IncomingMessage, ServerResponse } from "node:http";
export declare const ERROR_PAGES: Record<number, string>;
export declare function withErrorPages(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  origin: () => string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
