import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Swagger UI as served: what "Try it out" pre-fills, and login with an identity provider
 * (OIDC_CLIENT_ID). The browser test (test/browser) drives both in Chromium.
 */

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: unknown;
  schema?: { example?: unknown; $ref?: string };
}
type Operations = [string, { security?: Record<string, string[]>[]; parameters?: Parameter[] }][];

function operations(document: any): Operations {
  return Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${route}`, operation]),
  ) as Operations;
}

/** The options object Swagger UI starts with, as swagger-ui-init.js carries it. */
async function swaggerUiOptions(api: TestApp): Promise<any> {
  const script = await (await api.request('/api/docs/swagger-ui-init.js')).text();
  const json = /let options = (\{[\s\S]*?\n\});/.exec(script)?.[1];
  if (json === undefined) throw new Error(`no options in swagger-ui-init.js:\n${script.slice(0, 500)}`);
  return JSON.parse(json);
}

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Swagger UI without an identity provider', () => {
  let api: TestApp;
  let document: any;

  beforeAll(async () => {
    api = await startTestApp();
    document = await (await api.request('/api/docs-json')).json();
  });

  afterAll(async () => {
    await api.close();
  });

  it('gives no optional parameter an example, which "Try it out" would fill in and send', () => {
    const prefilled: string[] = [];
    let optional = 0;
    for (const [key, operation] of operations(document)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.required) continue;
        optional++;
        const examples = [parameter.example, parameter.examples, parameter.schema?.example];
        if (examples.some((example) => example !== undefined)) prefilled.push(`${key} ${parameter.name}`);
      }
    }
    expect(prefilled).toEqual([]);
    expect(optional).toBeGreaterThan(20);
  });

  it('offers the bearer scheme alone and keeps no token in the browser', async () => {
    expect(Object.keys(document.components.securitySchemes)).toEqual(['bearer']);
    const options = await swaggerUiOptions(api);
    expect(options.customOptions.persistAuthorization).toBe(false);
    expect(options.customOptions.initOAuth).toBeUndefined();
    // No login popup to keep an opener for: the strict policy stays.
    const page = await api.request('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(directives(page.headers.get('content-security-policy')).get('connect-src')).toEqual(["'self'"]);
  });
});

describe('Swagger UI with an identity provider (JWT_JWKS_URI and OIDC_CLIENT_ID)', () => {
  const issuer = 'https://idp.example.com:8443/realms/bank';
  let api: TestApp;
  let document: any;

  beforeAll(async () => {
    api = await startTestApp({
      JWT_JWKS_URI: `${issuer}/protocol/openid-connect/certs`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: 'customer-data-api',
      OIDC_CLIENT_ID: 'customer-data-api-docs',
      OIDC_SCOPES: 'openid customer-data-api',
      SWAGGER_PERSIST_AUTHORIZATION: 'true',
    });
    document = await (await api.request('/api/docs-json')).json();
  });

  afterAll(async () => {
    await api.close();
  });

  it("declares an openIdConnect scheme at the issuer's discovery document, accepted wherever the bearer scheme is", () => {
    expect(document.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      oidc: {
        type: 'openIdConnect',
        openIdConnectUrl: `${issuer}/.well-known/openid-configuration`,
        description: expect.stringContaining(issuer),
      },
    });
    let secured = 0;
    for (const [key, operation] of operations(document)) {
      if (key === 'GET /health') {
        expect(operation.security).toEqual([]);
        continue;
      }
      // Requirements in a list are alternatives: either scheme authorizes the call.
      expect({ key, security: operation.security }).toEqual({ key, security: [{ bearer: [] }, { oidc: [] }] });
      secured++;
    }
    expect(secured).toBeGreaterThan(20);
  });

  it('starts Swagger UI with the client id, code flow with PKCE and the scopes; persistence as configured', async () => {
    const options = await swaggerUiOptions(api);
    expect(options.customOptions).toMatchObject({
      persistAuthorization: true,
      initOAuth: {
        clientId: 'customer-data-api-docs',
        scopes: ['openid', 'customer-data-api'],
        usePkceWithAuthorizationCodeGrant: true,
      },
    });
  });

  it('serves the page from /api/docs/, so that its OAuth redirect page is the docs route’s own', async () => {
    for (const [path, location] of [
      ['/api/docs', 'docs/'],
      ['/api/docs?configUrl=x', 'docs/?configUrl=x'],
    ]) {
      const response = await api.request(path, { redirect: 'manual' });
      expect({ path, status: response.status, location: response.headers.get('location') }).toEqual({
        path,
        status: 301,
        location,
      });
      expect(new URL(location, `${api.baseUrl}${path}`).pathname).toBe('/api/docs/');
    }
    const page = await api.request('/api/docs/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-init.js');

    const redirect = await api.request('/api/docs/oauth2-redirect.html');
    expect(redirect.status).toBe(200);
    expect(redirect.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await redirect.text()).toContain('oauth2-redirect.js');
    expect((await api.request('/api/docs/oauth2-redirect.js')).status).toBe(200);
  });

  it("lets the page fetch from the provider and keeps the login popup's opener, nothing more", async () => {
    const page = await api.request('/api/docs/');
    expect(directives(page.headers.get('content-security-policy')).get('connect-src')).toEqual([
      "'self'",
      'https://idp.example.com:8443',
    ]);
    expect(directives(page.headers.get('content-security-policy')).get('script-src')).toEqual(["'self'"]);
    // The popup comes back from the provider to oauth2-redirect.html, which calls window.opener.
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    const redirect = await api.request('/api/docs/oauth2-redirect.html');
    expect(redirect.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    // The API itself keeps its strict headers.
    const health = await api.request('/health');
    expect(health.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(health.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
  });
});
