// A real OpenID Connect provider in-process (oidc-provider, OpenID Certified) for the sign-in
// tests and the e2e server: its own login and consent pages (any password), test people with
// Entra-style claims (tid, oid, groups), PKCE required. `tamper` re-signs the ID token with the
// provider's own key after changing a claim, so only the app's iss/aud/exp checks can catch it.
import { createSign, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TestPerson = {
  email?: string;
  preferred_username?: string;
  name?: string;
  groups?: string[];
  tid?: string;
  oid?: string;
};

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Login name → claims. Unknown logins sign in as <login>@council.example with no groups. */
  people: Map<string, TestPerson>;
  /** Claims to overwrite in every ID token from now on (null: none). */
  tamper: (claims: Record<string, unknown> | null) => void;
  close: () => Promise<void>;
};

export type TestOidcProviderOptions = {
  appUrl: string;
  port?: number;
  clientId?: string;
  clientSecret?: string;
  people?: Record<string, TestPerson>;
};

const KEY_ID = "test-signing-key";
const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.clientId ?? "have-your-say";
  const clientSecret = options.clientSecret ?? "test-client-secret-that-is-long-enough";
  const people = new Map(Object.entries(options.people ?? {}));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk: JsonWebKey = { ...privateKey.export({ format: "jwk" }), kid: KEY_ID, alg: "RS256", use: "sig" };
  let tampering: Record<string, unknown> | null = null;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${options.appUrl}/signed-out`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
    // Entra emits tid, oid and (when configured) groups in the ID token with the openid scope.
    claims: {
      openid: ["sub", "tid", "oid", "groups"],
      email: ["email", "email_verified"],
      profile: ["name", "preferred_username"],
    },
    conformIdTokenClaims: false,
    pkce: { methods: ["S256"], required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email_verified: true,
        ...(people.get(id) ?? { email: `${id}@council.example` }),
      }),
    }),
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (!tampering || ctx.path !== "/token" || typeof body?.id_token !== "string") return;
    const [header, payload] = body.id_token.split(".");
    const claims = { ...JSON.parse(Buffer.from(payload, "base64url").toString()), ...tampering };
    const signingInput = `${header}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign("RSA-SHA256").update(signingInput).sign(privateKey);
    ctx.body = { ...body, id_token: `${signingInput}.${b64url(signature)}` };
  });
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    tamper: (claims) => {
      tampering = claims;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
