import { loadConfig } from './app-config.js';

const JWKS = {
  JWT_JWKS_URI: 'https://idp.example.com/realms/bank/protocol/openid-connect/certs',
  JWT_ISSUER: 'https://idp.example.com/realms/bank',
  JWT_AUDIENCE: 'customer-data-api',
};

describe('loadConfig: Swagger UI sign-in', () => {
  it('offers no provider login and persists no token by default', () => {
    expect(loadConfig({ ...JWKS }).docs).toEqual({ oidc: undefined, persistAuthorization: false });
    expect(loadConfig({ SWAGGER_PERSIST_AUTHORIZATION: 'true' }).docs.persistAuthorization).toBe(true);
  });

  it('logs in with the provider named by JWT_ISSUER: its discovery document, scope openid', () => {
    expect(loadConfig({ ...JWKS, OIDC_CLIENT_ID: 'swagger-ui' }).docs.oidc).toEqual({
      clientId: 'swagger-ui',
      issuerUrl: 'https://idp.example.com/realms/bank',
      discoveryUrl: 'https://idp.example.com/realms/bank/.well-known/openid-configuration',
      scopes: ['openid'],
    });
  });

  it('takes OIDC_ISSUER_URL over JWT_ISSUER (trailing slash dropped) and OIDC_SCOPES as given', () => {
    const oidc = loadConfig({
      ...JWKS,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      OIDC_CLIENT_ID: '0f3e2d1c-aaaa-bbbb-cccc-123456789abc',
      OIDC_ISSUER_URL: 'https://login.example.com/tenant/v2.0/',
      OIDC_SCOPES: ' openid  api://customer-data/access openid ',
    }).docs.oidc;
    expect(oidc).toMatchObject({
      discoveryUrl: 'https://login.example.com/tenant/v2.0/.well-known/openid-configuration',
      scopes: ['openid', 'api://customer-data/access'],
    });
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'swagger-ui' }, /^Invalid configuration: OIDC_CLIENT_ID needs JWT_JWKS_URI /],
    [{ ...JWKS, OIDC_CLIENT_ID: 'two words' }, /^Invalid configuration: OIDC_CLIENT_ID must be 1–255 visible ASCII/],
    [
      { JWT_JWKS_URI: JWKS.JWT_JWKS_URI, OIDC_CLIENT_ID: 'swagger-ui' },
      /^Invalid configuration: OIDC_ISSUER_URL is required with OIDC_CLIENT_ID unless JWT_ISSUER is set$/,
    ],
    [
      { ...JWKS, OIDC_CLIENT_ID: 'swagger-ui', OIDC_ISSUER_URL: 'idp.example.com' },
      /^Invalid configuration: OIDC_ISSUER_URL must be the provider's issuer URL, e.g\. https:\/\/.* \(got "idp\.example\.com"\)$/,
    ],
    [
      { ...JWKS, OIDC_CLIENT_ID: 'swagger-ui', JWT_ISSUER: 'https://idp.example.com/?tenant=1' },
      /^Invalid configuration: JWT_ISSUER must be the provider's issuer URL/,
    ],
    [
      {
        ...JWKS,
        JWT_SECRET: 'x'.repeat(32),
        NODE_ENV: 'production',
        OIDC_CLIENT_ID: 'a',
        OIDC_ISSUER_URL: 'http://idp',
      },
      /^Invalid configuration: OIDC_ISSUER_URL must use https:\/\/ with OIDC_CLIENT_ID when NODE_ENV=production$/,
    ],
    [
      { ...JWKS, OIDC_CLIENT_ID: 'swagger-ui', OIDC_SCOPES: 'profile email' },
      /^Invalid configuration: OIDC_SCOPES must include openid /,
    ],
    [
      { ...JWKS, OIDC_CLIENT_ID: 'swagger-ui', OIDC_SCOPES: 'openid "api"' },
      /^Invalid configuration: OIDC_SCOPES holds an invalid scope ""api""$/,
    ],
    [{ ...JWKS, OIDC_SCOPES: 'openid' }, /^Invalid configuration: OIDC_SCOPES is set but OIDC_CLIENT_ID is not$/],
    [
      { OIDC_ISSUER_URL: 'https://idp.example.com' },
      /^Invalid configuration: OIDC_ISSUER_URL is set but OIDC_CLIENT_ID is not$/,
    ],
    [{ SWAGGER_PERSIST_AUTHORIZATION: 'yes' }, /^Invalid configuration: SWAGGER_PERSIST_AUTHORIZATION must be one of/],
  ])('stops with one line naming the variable (case %#)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
