import { generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export interface LocalIdp {
  issuer: string;
  jwksUri: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 for Swagger UI to log in with: one public
 * client (authorization code + PKCE), dev login and consent pages that accept any login, and
 * RS256 JWT access tokens for `audience` carrying `roles`, as a production provider issues them.
 */
export async function startLocalIdp(options: {
  port: number;
  clientId: string;
  redirectUri: string;
  audience: string;
  /** The scope the API's resource server grants (Swagger UI asks for it with OIDC_SCOPES). */
  apiScope: string;
  roles: string[];
}): Promise<LocalIdp> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...key, kid: 'browser-test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['browser-test-cookie-key'] },
    scopes: ['openid', options.apiScope],
    // Discovery then offers Swagger UI the code flow alone.
    responseTypes: ['code'],
    // A login without PKCE (S256) fails here.
    pkce: { required: () => true },
    // Swagger UI's page fetches the token endpoint: only from the app's origin.
    clientBasedCORS: (_ctx: unknown, origin: string) => origin === new URL(options.redirectUri).origin,
    findAccount: (_ctx: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId }) }),
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: options.apiScope,
          audience: options.audience,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { kind: string }) =>
      token.kind === 'AccessToken' ? { roles: options.roles } : undefined,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = provider.listen(options.port, '127.0.0.1', () => resolve(listening));
  });
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
