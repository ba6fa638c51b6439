import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { SignJWT, type JWK, type JWTPayload } from 'jose';
import { loadConfig } from '../../src/config/app-config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { rawToken, TEST_JWT_SECRET } from '../support/tokens.js';

// Tokens from an identity provider: RS256 / ES256, verified with the keys its JWKS
// endpoint serves. The provider is a real HTTP server on 127.0.0.1, started here.

const ME = '/api/v1/auth/me';
const ISSUER = 'https://idp.example.com/realms/bank';
const AUDIENCE = 'customer-data-api';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  /** A KeyObject, not a WebCrypto key, so the tests can also misuse it with other algorithms. */
  privateKey: KeyObject;
  /** The public key as the JWKS serves it. */
  jwk: JWK;
  publicPem: string;
}

/** A provider's key pair. `withAlg: false` leaves `alg` out of the JWK, as Entra ID does. */
function signingKey(alg: 'RS256' | 'ES256', kid: string, withAlg = true): SigningKey {
  const { publicKey, privateKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk: JWK = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, use: 'sig', ...(withAlg ? { alg } : {}) };
  return { kid, alg, privateKey, jwk, publicPem: publicKey.export({ format: 'pem', type: 'spki' }) as string };
}

/** A JWKS endpoint whose keys, status and request count the test controls. */
class JwksServer {
  keys: JWK[] = [];
  status = 200;
  fetches = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((_request, response) => {
      this.fetches += 1;
      const body = this.status === 200 ? JSON.stringify({ keys: this.keys }) : '{"error":"down"}';
      response.writeHead(this.status, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/bank/protocol/openid-connect/certs`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }
}

const now = () => Math.floor(Date.now() / 1000);

interface TokenOptions {
  claims?: JWTPayload;
  /** Header fields over the key's own alg and kid. */
  header?: Record<string, unknown>;
  exp?: number | null;
  nbf?: number;
}

/** Signs as the provider does: kid, typ JWT, iss, aud, sub, exp in 10 minutes, roles. */
async function providerToken(key: SigningKey, options: TokenOptions = {}): Promise<string> {
  const payload: JWTPayload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'alice',
    iat: now(),
    roles: ['viewer'],
    ...(options.exp === null ? {} : { exp: options.exp ?? now() + 600 }),
    ...(options.nbf === undefined ? {} : { nbf: options.nbf }),
    ...options.claims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...options.header })
    .sign(key.privateKey);
}

function base64url(value: string | object): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** An HS256 token made by hand: jose and jsonwebtoken both refuse to use a public key as a secret. */
function hmacToken(header: object, payload: object, secret: string): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|Error:|node_modules|127\.0\.0\.1/);
  return body;
}

async function expectAccepted(response: Response, body: object = { subject: 'alice', roles: ['viewer'] }) {
  expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function as(api: TestApp, token: string, path = ME): Promise<Response> {
  return api.request(path, { headers: { authorization: `Bearer ${token}` } });
}

describe('JWKS tokens next to HS256 (JWT_JWKS_URI, JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE)', () => {
  const jwks = new JwksServer();
  let api: TestApp;
  let rsa: SigningKey;
  let ec: SigningKey;

  beforeAll(async () => {
    rsa = signingKey('RS256', 'rsa-1', false);
    ec = signingKey('ES256', 'ec-1');
    jwks.keys = [rsa.jwk, ec.jwk];
    const uri = await jwks.start();
    api = await startTestApp({ JWT_JWKS_URI: uri, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_COOLDOWN: '3' });
  });
  afterAll(async () => {
    await api?.close();
    await jwks.close();
  });

  it('accepts a valid RS256 token from a key without `alg` in the JWKS (Entra ID style)', async () => {
    await expectAccepted(await as(api, await providerToken(rsa)));
  });

  it('accepts a valid ES256 token, and an RFC 9068 `typ: at+jwt` access token', async () => {
    await expectAccepted(await as(api, await providerToken(ec, { claims: { roles: ['editor'] } })), {
      subject: 'alice',
      roles: ['editor'],
    });
    await expectAccepted(await as(api, await providerToken(ec, { header: { typ: 'at+jwt' } })));
  });

  it('keeps accepting HS256 tokens signed with JWT_SECRET', async () => {
    const token = rawToken({ roles: ['admin'], sub: 'svc' }, TEST_JWT_SECRET, {
      expiresIn: 60,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    await expectAccepted(await as(api, token), { subject: 'svc', roles: ['admin'] });
  });

  it.each([
    ['no sub', { sub: undefined }],
    ['a number sub', { sub: 42 }],
    ['an empty sub', { sub: '' }],
    ['an object sub', { sub: { id: 'alice' } }],
  ])('refuses a provider token (RS256 and ES256) with %s: 401', async (_case, claims) => {
    for (const key of [rsa, ec]) {
      const token = await providerToken(key, { claims: { roles: ['admin'], ...(claims as JWTPayload) } });
      const body = await expectProblem(await as(api, token), 401);
      expect(body.detail).toMatch(/subject/);
    }
  });

  it('refuses an HS256 token whose secret is the RSA public key (algorithm confusion): 401', async () => {
    const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'mallory', roles: ['admin'], exp: now() + 600 };
    for (const secret of [rsa.publicPem, JSON.stringify(rsa.jwk), rsa.jwk.n!]) {
      const token = hmacToken({ alg: 'HS256', typ: 'JWT', kid: rsa.kid }, payload, secret);
      const body = await expectProblem(await as(api, token), 401);
      expect(body.detail).toMatch(/signature/);
    }
  });

  it('refuses alg none, with or without a known kid: 401', async () => {
    const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'mallory', roles: ['admin'], exp: now() + 600 };
    for (const alg of ['none', 'None', 'NONE']) {
      for (const header of [
        { alg, typ: 'JWT' },
        { alg, kid: rsa.kid },
      ]) {
        const body = await expectProblem(await as(api, `${base64url(header)}.${base64url(payload)}.`), 401);
        expect(body.detail).toMatch(/algorithm/);
      }
    }
  });

  it('pins the algorithm to the key type: RSA key → RS256 only, P-256 key → ES256 only: 401', async () => {
    for (const alg of ['RS384', 'RS512', 'PS256']) {
      const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'a', exp: now() + 600 })
        .setProtectedHeader({ alg, kid: rsa.kid })
        .sign(rsa.privateKey);
      const body = await expectProblem(await as(api, token), 401);
      expect(body.detail).toMatch(/algorithm/);
    }
    const es384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'a', exp: now() + 600 })
      .setProtectedHeader({ alg: 'ES384', kid: ec.kid })
      .sign(es384);
    await expectProblem(await as(api, token), 401);
    // An EC-signed token that names the RSA key (and the reverse) finds no usable key.
    await expectProblem(await as(api, await providerToken(ec, { header: { kid: rsa.kid } })), 401);
    await expectProblem(await as(api, await providerToken(rsa, { header: { kid: ec.kid } })), 401);
  });

  it('refuses a token signed by a key the provider never published under a known kid: 401', async () => {
    const impostor = signingKey('RS256', rsa.kid);
    const body = await expectProblem(await as(api, await providerToken(impostor)), 401);
    expect(body.detail).toMatch(/signature/);
  });

  it('refuses a wrong issuer or audience, or none: 401', async () => {
    for (const [claims, reason] of [
      [{ iss: 'https://evil.example.com' }, /issuer/],
      [{ aud: 'another-api' }, /audience/],
      [{ aud: ['another-api', 'yet-another'] }, /audience/],
      [{ iss: undefined }, /issuer/],
      [{ aud: undefined }, /audience/],
    ] as [JWTPayload, RegExp][]) {
      const body = await expectProblem(await as(api, await providerToken(rsa, { claims })), 401);
      expect(body.detail).toMatch(reason);
    }
    // An audience list that holds ours is fine.
    await expectAccepted(await as(api, await providerToken(rsa, { claims: { aud: ['account', AUDIENCE] } })));
  });

  it('gives nbf 30 s of leeway: 20 s ahead is accepted, 60 s ahead is refused with 401', async () => {
    await expectAccepted(await as(api, await providerToken(ec, { nbf: now() + 20 })));
    const body = await expectProblem(await as(api, await providerToken(ec, { nbf: now() + 60 })), 401);
    expect(body.detail).toMatch(/not valid yet/);
  });

  it('gives exp 30 s of leeway: 20 s ago is accepted, 60 s ago is refused with 401', async () => {
    await expectAccepted(await as(api, await providerToken(rsa, { exp: now() - 20 })));
    const body = await expectProblem(await as(api, await providerToken(rsa, { exp: now() - 60 })), 401);
    expect(body.detail).toMatch(/expired/);
  });

  it('requires exp: 401 without it', async () => {
    const body = await expectProblem(await as(api, await providerToken(rsa, { exp: null })), 401);
    expect(body.detail).toMatch(/expiry/);
  });

  it('refuses tokens typed for another purpose (typ): 401', async () => {
    for (const typ of ['logout+jwt', 'dpop+jwt', 'JWE']) {
      const body = await expectProblem(await as(api, await providerToken(rsa, { header: { typ } })), 401);
      expect(body.detail).toMatch(/typ/);
    }
  });

  it('refuses an unknown kid after one rate-limited refetch: 401', async () => {
    const stranger = signingKey('RS256', 'not-published');
    await sleep(3100); // past the cooldown of the first fetch
    const before = jwks.fetches;
    const body = await expectProblem(await as(api, await providerToken(stranger)), 401);
    expect(body.detail).toMatch(/key \(kid\) that is not known/);
    expect(jwks.fetches).toBe(before + 1);
    // Within the cooldown, more unknown kids do not reach the provider.
    for (const kid of ['made-up-1', 'made-up-2', 'made-up-3']) {
      await expectProblem(await as(api, await providerToken(stranger, { header: { kid } })), 401);
    }
    expect(jwks.fetches).toBe(before + 1);
    // Known keys keep working meanwhile.
    await expectAccepted(await as(api, await providerToken(rsa)));
  });
});

describe('JWKS key rotation', () => {
  const jwks = new JwksServer();
  let api: TestApp;
  let old: SigningKey;
  let next: SigningKey;

  beforeAll(async () => {
    old = signingKey('RS256', 'rsa-2024');
    next = signingKey('RS256', 'rsa-2025');
    jwks.keys = [old.jwk];
    const uri = await jwks.start();
    // JWKS only: no HS256 secret at all.
    api = await startTestApp({ JWT_SECRET: '', JWT_JWKS_URI: uri, JWT_JWKS_COOLDOWN: '1' });
  });
  afterAll(async () => {
    await api?.close();
    await jwks.close();
  });

  it('takes the new kid once the provider publishes it, and then refuses the retired one', async () => {
    await expectAccepted(await as(api, await providerToken(old)));
    expect(jwks.fetches).toBe(1);

    jwks.keys = [next.jwk]; // the provider rotates and retires the old key
    await sleep(1100);
    await expectAccepted(await as(api, await providerToken(next)));
    expect(jwks.fetches).toBe(2);

    const body = await expectProblem(await as(api, await providerToken(old)), 401);
    expect(body.detail).toMatch(/not known/);
  });

  it('with no JWT_SECRET, refuses every HS256 token, the public key as secret included: 401', async () => {
    const payload = { sub: 'mallory', roles: ['admin'], exp: now() + 600 };
    for (const secret of [next.publicPem, TEST_JWT_SECRET]) {
      const body = await expectProblem(await as(api, hmacToken({ alg: 'HS256', typ: 'JWT' }, payload, secret)), 401);
      expect(body.detail).toMatch(/algorithm/);
    }
  });
});

describe('JWKS outages', () => {
  const jwks = new JwksServer();
  let api: TestApp;
  let key: SigningKey;

  beforeAll(async () => {
    key = signingKey('ES256', 'ec-outage');
    jwks.keys = [key.jwk];
    jwks.status = 500;
    const uri = await jwks.start();
    api = await startTestApp({ JWT_JWKS_URI: uri, JWT_JWKS_COOLDOWN: '2', JWT_JWKS_MAX_AGE: '1' });
  });
  afterAll(async () => {
    await api?.close();
    await jwks.close();
  });

  it('answers 503 with Retry-After while no keys were ever fetched, then recovers', async () => {
    const token = await providerToken(key);
    const response = await as(api, token);
    const body = await expectProblem(response, 503);
    expect(body.detail).toMatch(/signing keys could not be fetched/);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // A client generated from the document knows this answer.
    const document = JSON.parse(readFileSync('openapi.json', 'utf8')) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(document.paths['/api/v1/auth/me'].get.responses)).toContain('503');

    jwks.status = 200;
    await sleep(2100);
    await expectAccepted(await as(api, token));
  });

  it('keeps verifying with the last fetched keys when a refresh fails; unknown kids still get 401', async () => {
    jwks.status = 500;
    await sleep(1100); // the keys are past JWT_JWKS_MAX_AGE: the next token triggers a refresh
    const before = jwks.fetches;
    await expectAccepted(await as(api, await providerToken(key)));
    expect(jwks.fetches).toBe(before + 1);
    await expectProblem(await as(api, await providerToken(key, { header: { kid: 'unknown' } })), 401);
    await expectAccepted(await as(api, await providerToken(key)));
    expect(jwks.fetches).toBe(before + 1); // within the cooldown: no new attempt
  });
});

describe('roles from a nested claim (JWT_ROLES_CLAIM=realm_access.roles, Keycloak)', () => {
  const jwks = new JwksServer();
  let api: TestApp;
  let key: SigningKey;

  beforeAll(async () => {
    key = signingKey('RS256', 'keycloak-rsa');
    jwks.keys = [key.jwk];
    const uri = await jwks.start();
    api = await startTestApp({ JWT_JWKS_URI: uri, JWT_ROLES_CLAIM: 'realm_access.roles', JWT_ISSUER: ISSUER });
  });
  afterAll(async () => {
    await api?.close();
    await jwks.close();
  });

  /** Shaped like a Keycloak access token; a top-level `roles` claim must not count. */
  const keycloakToken = (realmRoles: string[]) =>
    providerToken(key, {
      claims: {
        aud: 'account',
        typ: 'Bearer',
        azp: 'customer-data-ui',
        preferred_username: 'alice',
        realm_access: { roles: realmRoles },
        resource_access: { account: { roles: ['manage-account'] } },
        roles: ['admin'],
      },
    });

  it('reads the roles at the path, ignoring unknown ones: a viewer gets 200 on reads and 403 on admin routes', async () => {
    const viewer = await keycloakToken(['offline_access', 'uma_authorization', 'viewer']);
    await expectAccepted(await as(api, viewer));
    await expectProblem(await as(api, viewer, '/api/v1/privacy/erasures'), 403);
  });

  it('an admin in the realm gets 200 on admin routes', async () => {
    const admin = await keycloakToken(['default-roles-bank', 'admin']);
    const response = await as(api, admin, '/api/v1/privacy/erasures');
    expect(response.status).toBe(200);
  });

  it('a token with no realm roles gets 403, not the top-level roles claim', async () => {
    const body = await expectProblem(await as(api, await keycloakToken([])), 403);
    expect(body.detail).toMatch(/requires one of the roles/);
  });

  it('`npm run token` puts the roles where JWT_ROLES_CLAIM says, for the HS256 path next to the JWKS', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/token.mjs', '--role', 'admin'], {
      env: { ...process.env, JWT_SECRET: TEST_JWT_SECRET, JWT_ISSUER: ISSUER, JWT_ROLES_CLAIM: 'realm_access.roles' },
    });
    const response = await as(api, stdout.trim(), '/api/v1/privacy/erasures');
    expect(response.status).toBe(200);
  });
});

describe('JWT configuration', () => {
  const production = { NODE_ENV: 'production' };
  const load = (env: Record<string, string>) => () => loadConfig(env);

  it('accepts JWT_JWKS_URI alone in production, with https, issuer and audience', () => {
    const config = loadConfig({
      ...production,
      JWT_JWKS_URI: 'https://idp.example.com/jwks',
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    });
    expect(config.jwt).toMatchObject({
      secret: undefined,
      jwksUri: 'https://idp.example.com/jwks',
      rolesClaim: 'roles',
      jwksCooldownSeconds: 30,
      jwksMaxAgeSeconds: 600,
    });
  });

  it('requires JWT_SECRET or JWT_JWKS_URI in production', () => {
    expect(load(production)).toThrow(
      /^Invalid configuration: JWT_SECRET is required when NODE_ENV=production, unless JWT_JWKS_URI is set/,
    );
    expect(load({ ...production, JWT_SECRET: TEST_JWT_SECRET })).not.toThrow();
  });

  it.each(['not a url', 'ftp://idp.example.com/jwks', 'file:///etc/jwks.json', 'https://user:pw@idp.example.com/jwks'])(
    'refuses JWT_JWKS_URI=%j',
    (uri) => {
      expect(load({ JWT_JWKS_URI: uri })).toThrow(/^Invalid configuration: JWT_JWKS_URI must/);
    },
  );

  it('in production, wants https and both JWT_ISSUER and JWT_AUDIENCE with a JWKS', () => {
    const jwksEnv = {
      ...production,
      JWT_JWKS_URI: 'https://idp.example.com/jwks',
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    };
    expect(load({ ...jwksEnv, JWT_JWKS_URI: 'http://idp.example.com/jwks' })).toThrow(/JWT_JWKS_URI must use https/);
    expect(load({ ...jwksEnv, JWT_ISSUER: '' })).toThrow(/JWT_ISSUER is required with JWT_JWKS_URI/);
    expect(load({ ...jwksEnv, JWT_AUDIENCE: '' })).toThrow(/JWT_AUDIENCE is required with JWT_JWKS_URI/);
    // Outside production, plain http is fine (a provider on the same host, tests).
    expect(load({ JWT_JWKS_URI: 'http://127.0.0.1:8080/jwks' })).not.toThrow();
  });

  it('validates JWT_ROLES_CLAIM and the JWKS timings', () => {
    expect(loadConfig({ JWT_ROLES_CLAIM: 'resource_access.my-api.roles' }).jwt.rolesClaim).toBe(
      'resource_access.my-api.roles',
    );
    for (const claim of ['realm_access..roles', '.roles', 'roles.']) {
      expect(load({ JWT_ROLES_CLAIM: claim })).toThrow(/^Invalid configuration: JWT_ROLES_CLAIM/);
    }
    expect(load({ JWT_JWKS_COOLDOWN: '0' })).toThrow(/JWT_JWKS_COOLDOWN/);
    expect(load({ JWT_JWKS_MAX_AGE: 'soon' })).toThrow(/JWT_JWKS_MAX_AGE/);
  });
});
