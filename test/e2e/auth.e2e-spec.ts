import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, rawToken, TEST_JWT_SECRET, tokenFor } from '../support/tokens.js';

const ME = '/api/v1/auth/me';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
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
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|Error:|SELECT|node_modules/);
  return body;
}

describe('authentication and roles', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const get = (authorization?: string) =>
    api.request(ME, authorization === undefined ? {} : { headers: { authorization } });

  it.each(['admin', 'editor', 'viewer'] as const)('accepts a valid %s token', async (role) => {
    const response = await get(`Bearer ${tokenFor([role], { subject: 'alice' })}`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ subject: 'alice', roles: [role] });
  });

  it('refuses a request without a token: 401', async () => {
    const body = await expectProblem(await get(), 401);
    expect(body.detail).toMatch(/bearer token is required/i);
  });

  it('refuses an expired token: 401', async () => {
    const token = rawToken({ roles: ['admin'], sub: 'a', exp: Math.floor(Date.now() / 1000) - 60 });
    const body = await expectProblem(await get(`Bearer ${token}`), 401);
    expect(body.detail).toMatch(/expired/);
  });

  it('refuses a token signed with another secret: 401', async () => {
    const token = rawToken({ roles: ['admin'], sub: 'a' }, 'another-secret-that-is-also-32-bytes-long', {
      expiresIn: 60,
    });
    const body = await expectProblem(await get(`Bearer ${token}`), 401);
    expect(body.detail).toMatch(/signature/);
  });

  it('refuses an unsigned alg:none token: 401', async () => {
    const payload = { roles: ['admin'], sub: 'a', exp: Math.floor(Date.now() / 1000) + 600 };
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
    await expectProblem(await get(`Bearer ${token}`), 401);
  });

  it('refuses an HS384 token even with the right secret (algorithm pinned): 401', async () => {
    const token = rawToken({ roles: ['admin'], sub: 'a' }, TEST_JWT_SECRET, { algorithm: 'HS384', expiresIn: 60 });
    await expectProblem(await get(`Bearer ${token}`), 401);
  });

  it('refuses a token without exp: 401', async () => {
    const token = rawToken({ roles: ['admin'], sub: 'a' });
    const body = await expectProblem(await get(`Bearer ${token}`), 401);
    expect(body.detail).toMatch(/expiry/);
  });

  it.each([
    ['no sub', {}],
    ['a number sub', { sub: 42 }],
    ['an empty sub', { sub: '' }],
    ['a blank sub', { sub: '   ' }],
    ['an object sub', { sub: { id: 'alice' } }],
    ['a null sub', { sub: null }],
    ['an array sub', { sub: ['alice'] }],
  ])('refuses a token with %s: 401, and an erasure with it records nothing', async (_case, claims) => {
    const token = rawToken({ roles: ['admin'], ...claims }, TEST_JWT_SECRET, { expiresIn: 60 });
    const body = await expectProblem(await get(`Bearer ${token}`), 401);
    expect(body.detail).toMatch(/subject/);
    const erasure = await api.request('/api/v1/customers/CUST_NO_SUB', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    await expectProblem(erasure, 401);
    const receipts = await api.request('/api/v1/privacy/erasures?customerId=CUST_NO_SUB', {
      headers: { authorization: `Bearer ${tokenFor(['admin'])}` },
    });
    await expect(receipts.json()).resolves.toMatchObject({ data: [] });
  });

  it.each([['Bearer not-a-jwt'], ['Bearer '], ['Basic dXNlcjpwYXNz'], ['Bearer a.b.c']])(
    'refuses a malformed Authorization header %j: 401',
    async (header) => {
      await expectProblem(await get(header), 401);
    },
  );

  it('refuses a valid token without any allowed role: 403', async () => {
    await expectProblem(await api.request(ME, { headers: bearer([]) }), 403);
    await expectProblem(await api.request(ME, { headers: bearer(['auditor']) }), 403);
  });

  it('accepts a token printed by `npm run token`', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/token.mjs', '--role', 'editor', '--sub', 'ops'],
      {
        env: { ...process.env, JWT_SECRET: TEST_JWT_SECRET },
      },
    );
    const response = await get(`Bearer ${stdout.trim()}`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ subject: 'ops', roles: ['editor'] });
  });

  it('ignores unknown roles next to known ones', async () => {
    const response = await api.request(ME, { headers: bearer(['auditor', 'viewer']) });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ roles: ['viewer'] });
  });
});

describe('issuer and audience checks', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ JWT_ISSUER: 'https://idp.example.com', JWT_AUDIENCE: 'customer-data-api' });
  });
  afterAll(async () => {
    await api.close();
  });

  const call = (options: object) =>
    api.request(ME, {
      headers: {
        authorization: `Bearer ${rawToken({ roles: ['viewer'], sub: 'alice' }, TEST_JWT_SECRET, { expiresIn: 60, ...options })}`,
      },
    });

  it('accepts the configured issuer and audience', async () => {
    const response = await call({ issuer: 'https://idp.example.com', audience: 'customer-data-api' });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong issuer or audience, or none: 401', async () => {
    await expectProblem(await call({ issuer: 'https://evil.example.com', audience: 'customer-data-api' }), 401);
    await expectProblem(await call({ issuer: 'https://idp.example.com', audience: 'other-api' }), 401);
    await expectProblem(await call({}), 401);
  });
});
