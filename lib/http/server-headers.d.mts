export declare const PEER_HEADER: string;
export declare const HSTS: string;
export declare function contentSecurityPolicy(
  nonce: string,
  options?: { dev?: boolean; formTargets?: string[] },
): string;
export declare function secureRequest(
  req: import("node:http").IncomingMessage,
  res: import("node:http").ServerResponse,
  options: { dev?: boolean; https?: boolean; formTargets?: string[] },
): void;
