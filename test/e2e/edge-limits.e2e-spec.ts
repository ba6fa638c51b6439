/**
 * What faces browsers and heavy callers: CORS, security headers, body limits, the
 * per-caller rate limit, and the statement timeout (docs/api.md "Limits").
 */
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ROLLUP_LOCK, MIGRATION_LOCK_KEY, WRITE_FENCE_LOCK } from '../../src/database/advisory-locks.js';
import { migrate } from '../../src/database/migration-runner.js';
import { DemoSeeder } from '../../src/database/seed/demo-seeder.js';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';

const ME = '/api/v1/auth/me';
const ALLOWED = 'https://app.example.com';
const ALSO_ALLOWED = 'http://localhost:5173';
const STRANGER = 'https://evil.example.net';
const MIB = 1024 * 1024;

const auth = (roles: string[], subject?: string) => ({ authorization: `Bearer ${tokenFor(roles, { subject })}` });

function corsHeaders(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

/** JSON as Python's json.dumps writes it by default: non-ASCII as \u escapes, ", " and ": ". */
function pythonJson(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${pythonJson(key)}: ${pythonJson(item)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

const id128 = (prefix: string, n = 0) => `${prefix}${'x'.repeat(128 - prefix.length - 6)}${String(n).padStart(6, '0')}`;

describe('edge: CORS, security headers, body limits', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ CORS_ORIGINS: `${ALLOWED}, ${ALSO_ALLOWED}`, RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await api.close();
  });

  describe('CORS', () => {
    it('answers an allowed origin with its own origin, no credentials, and the readable headers', async () => {
      for (const origin of [ALLOWED, ALSO_ALLOWED]) {
        const response = await api.request(ME, { headers: { origin, ...auth(['viewer']) } });
        expect(response.status).toBe(200);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
        expect(response.headers.get('vary')).toMatch(/origin/i);
        expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id.*retry-after/i);
      }
    });

    it('answers a preflight from an allowed origin: 204 with methods, headers and max-age', async () => {
      const response = await api.request('/api/v1/interactions', {
        method: 'OPTIONS',
        headers: {
          origin: ALLOWED,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(
        expect.arrayContaining(['GET', 'PUT', 'POST', 'DELETE']),
      );
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type/i);
      expect(response.headers.get('access-control-max-age')).toBe('600');
    });

    it('gives a disallowed origin no CORS header at all, on requests and preflights', async () => {
      const simple = await api.request(ME, { headers: { origin: STRANGER, ...auth(['viewer']) } });
      expect(simple.status).toBe(200);
      expect(corsHeaders(simple)).toEqual([]);

      // Same host, other scheme or port: origins are compared exactly.
      for (const origin of [STRANGER, 'http://app.example.com', 'https://app.example.com:8443', 'null']) {
        const preflight = await api.request(ME, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
        expect(corsHeaders(preflight)).toEqual([]);
        expect(preflight.status).toBe(404);
        expect(preflight.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    });
  });

  describe('security headers', () => {
    function expectStrictHeaders(response: Response | JsonResponse): void {
      const h = response.headers;
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
      expect(h.get('x-frame-options')).toBe('DENY');
      expect(h.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(h.get('x-powered-by')).toBeNull();
    }

    it('API responses, errors included, are strict: no content may run, be framed, sniffed or cached', async () => {
      const ok = await call(api, 'GET', ME, { roles: ['viewer'] });
      const unauthorized = await call(api, 'GET', ME);
      const notFound = await call(api, 'GET', '/api/v1/nothing-here', { roles: ['viewer'] });
      const health = await api.request('/health');
      expect([ok.status, unauthorized.status, notFound.status, health.status]).toEqual([200, 401, 404, 200]);
      for (const response of [ok, unauthorized, notFound, health]) {
        expectStrictHeaders(response);
        expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
      expect(ok.headers.get('x-ratelimit-limit')).toBeNull(); // RATE_LIMIT_PER_MINUTE=0: no limiter at all
    });

    it('Swagger UI gets a policy its page works under: own scripts only, inline styles, data: images', async () => {
      const page = await api.request('/api/docs');
      expect(page.status).toBe(200);
      expectStrictHeaders(page);
      const csp = page.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((directive) => {
          const [name, ...values] = directive.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.has('upgrade-insecure-requests')).toBe(false);

      // Everything the page loads is on this origin, no inline script, and it all loads.
      const html = await page.text();
      const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length).toBeGreaterThanOrEqual(4);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      for (const source of sources) {
        expect(source).not.toMatch(/^(https?:)?\/\//);
        const asset = await api.request(new URL(source, `${api.baseUrl}/api/docs`).pathname);
        expect({ source, status: asset.status }).toEqual({ source, status: 200 });
      }
    });
  });

  describe('body limits', () => {
    const impression = (n: number, placement: string) => ({
      id: id128('imp_', n),
      customerId: id128('cust_', n % 100),
      offerId: id128('offer_'),
      creativeId: id128('creative_'),
      timestamp: new Date(Date.now() - n * 1000).toISOString(),
      placement,
    });

    beforeAll(async () => {
      const admin = { roles: ['admin'] };
      expect((await call(api, 'PUT', '/api/v1/channels/ch_web', { ...admin, body: { name: 'Web' } })).status).toBe(201);
      const offer = { name: 'Offer', issue: 'Cards', group: 'Premium', status: 'active', priority: 1 };
      expect((await call(api, 'PUT', `/api/v1/offers/${id128('offer_')}`, { ...admin, body: offer })).status).toBe(201);
      const creative = { name: 'Creative', offerId: id128('offer_'), channelId: 'ch_web' };
      const put = await call(api, 'PUT', `/api/v1/creatives/${id128('creative_')}`, { ...admin, body: creative });
      expect(put.status).toBe(201);
    });

    it('refuses a body over BODY_LIMIT_BYTES (1 MiB) with 413 problem+json naming the limit', async () => {
      const response = await call(api, 'PUT', '/api/v1/channels/ch_big', {
        roles: ['admin'],
        body: { name: 'x'.repeat(MIB) },
      });
      const problem = expectProblem(response, 413);
      expect(problem).toMatchObject({ title: 'Payload too large', instance: '/api/v1/channels/ch_big' });
      expect(problem.detail).toBe('The request body is larger than the 1048576 bytes this endpoint accepts.');
      expect((await call(api, 'GET', '/api/v1/channels', { roles: ['viewer'] })).body.data).toHaveLength(1);
    });

    it('takes the largest valid impression batch, as compact UTF-8 and as Python json.dumps writes it', async () => {
      // 200 astral characters: 4 bytes each in UTF-8, 12 as escaped surrogate pairs.
      const batch = { impressions: Array.from({ length: 1000 }, (_, n) => impression(n, '🎯'.repeat(200))) };
      const compact = JSON.stringify(batch);
      const python = pythonJson(batch);
      expect(Buffer.byteLength(compact)).toBeGreaterThan(1.3 * MIB);
      expect(Buffer.byteLength(python)).toBeGreaterThan(2.8 * MIB);

      const headers = { 'content-type': 'application/json' };
      const first = await call(api, 'POST', '/api/v1/impressions', { roles: ['editor'], rawBody: compact, headers });
      expect({ status: first.status, body: first.body }).toEqual({
        status: 200,
        body: { accepted: 1000, duplicates: 0, suppressed: 0 },
      });
      const again = await call(api, 'POST', '/api/v1/impressions', { roles: ['editor'], rawBody: python, headers });
      expect({ status: again.status, body: again.body }).toEqual({
        status: 200,
        body: { accepted: 0, duplicates: 1000, suppressed: 0 },
      });
    });

    it('gives both ingest routes 4 MiB, and refuses more with 413 problem+json', async () => {
      for (const path of ['/api/v1/interactions', '/api/v1/impressions']) {
        // 2 MiB of JSON the limit lets through: refused by validation (400), not by size.
        const within = await call(api, 'POST', path, { roles: ['editor'], body: { padding: 'x'.repeat(2 * MIB) } });
        expectProblem(within, 400);
        const over = await call(api, 'POST', path, { roles: ['editor'], body: { padding: 'x'.repeat(4 * MIB) } });
        expect(expectProblem(over, 413).detail).toBe(
          'The request body is larger than the 4194304 bytes this endpoint accepts.',
        );
      }
    });
  });
});

describe('edge: per-caller rate limit', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', HSTS_MAX_AGE_SECONDS: '0', BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets a subject make 5 requests a minute, over all routes, then 429 problem+json with Retry-After', async () => {
    const alice = auth(['viewer'], 'alice');
    const remaining: (string | null)[] = [];
    for (const path of [ME, '/api/v1/channels', ME, '/api/v1/offers', ME]) {
      const response = await api.request(path, { headers: alice });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('x-ratelimit-limit')).toBe('5');
      remaining.push(response.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);

    for (const path of [ME, '/api/v1/channels']) {
      const refused = await call(api, 'GET', path, { headers: alice });
      const problem = expectProblem(refused, 429);
      expect(problem).toMatchObject({ type: 'urn:customer-data-api:problem:too-many-requests', instance: path });
      expect(problem.detail).toMatch(/at most 5 per minute per caller/);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
      expect(problem.detail).toContain(`Retry in ${retryAfter} s.`);
    }
  });

  it('counts each subject apart: another subject, even with the same roles, is not limited', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await api.request(ME, { headers: auth(['viewer'], 'bob') })).status).toBe(200);
    }
    expect((await api.request(ME, { headers: auth(['viewer'], 'bob') })).status).toBe(429);
    const carol = await api.request(ME, { headers: auth(['viewer'], 'carol') });
    expect(carol.status).toBe(200);
    expect(carol.headers.get('x-ratelimit-remaining')).toBe('4');
    expect((await api.request(ME, { headers: auth(['admin'], 'alice') })).status).toBe(429);
  });

  it('never limits /health', async () => {
    for (let i = 0; i < 8; i++) {
      const health = await api.request('/health');
      expect(health.status).toBe(200);
      expect(health.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });

  it('has no CORS without CORS_ORIGINS: no origin gets CORS headers', async () => {
    const response = await api.request(ME, { headers: { origin: ALLOWED, ...auth(['viewer'], 'erin') } });
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual([]);
    const preflight = await api.request(ME, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'GET' },
    });
    expect(corsHeaders(preflight)).toEqual([]);
  });

  it('applies BODY_LIMIT_BYTES and HSTS_MAX_AGE_SECONDS=0 as configured', async () => {
    const response = await call(api, 'PUT', '/api/v1/channels/ch_a', {
      headers: auth(['admin'], 'dave'),
      body: { name: 'x'.repeat(3000) },
    });
    expect(expectProblem(response, 413).detail).toBe(
      'The request body is larger than the 2048 bytes this endpoint accepts.',
    );
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('edge: statement timeout', () => {
  const TIMEOUT_MS = 300;
  let api: TestApp;
  let blocker: pg.Client;

  beforeAll(async () => {
    api = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_PER_MINUTE: '0' });
    blocker = new pg.Client({ connectionString: api.databaseUrl });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker.end();
    await api.close();
  });

  /** Holds `lock` (SQL taking a lock in a transaction) on another connection for `ms`, then lets go. */
  async function holding<T>(lock: string, params: unknown[], ms: number, work: () => Promise<T>): Promise<T> {
    await blocker.query('BEGIN');
    await blocker.query(lock, params);
    const release = new Promise((resolve) => setTimeout(resolve, ms)).then(() => blocker.query('ROLLBACK'));
    try {
      return await work();
    } finally {
      await release;
    }
  }

  it('is set on every connection of the app', async () => {
    const rows = await api.app.get(DataSource).query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(rows[0].statement_timeout).toBe(`${TIMEOUT_MS}ms`);
  });

  it('cancels a statement stuck behind a lock: 503 problem+json with Retry-After, nothing changed', async () => {
    const admin = { roles: ['admin'] };
    expect((await call(api, 'PUT', '/api/v1/channels/ch_slow', { ...admin, body: { name: 'Before' } })).status).toBe(
      201,
    );
    let elapsed = 0;
    const response = await holding(`SELECT * FROM channel WHERE id = $1 FOR UPDATE`, ['ch_slow'], 3_000, async () => {
      const started = Date.now();
      const blocked = await call(api, 'PUT', '/api/v1/channels/ch_slow', { ...admin, body: { name: 'After' } });
      elapsed = Date.now() - started;
      return blocked;
    });
    const problem = expectProblem(response, 503);
    expect(problem.detail).toBe('The database did not answer within the time allowed for one query; retry shortly.');
    expect(response.headers.get('retry-after')).toBe('1');
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(elapsed).toBeLessThan(2_500); // cancelled by the timeout, not let through by the release

    const channels = await call(api, 'GET', '/api/v1/channels', { roles: ['viewer'] });
    expect(channels.body.data).toEqual([expect.objectContaining({ id: 'ch_slow', name: 'Before' })]);
    expect((await call(api, 'PUT', '/api/v1/channels/ch_slow', { ...admin, body: { name: 'After' } })).status).toBe(
      200,
    );
  });

  it('does not cut short a summary refresh that waits for another one', async () => {
    const response = await holding('SELECT pg_advisory_xact_lock($1, $2)', [...ROLLUP_LOCK], 4 * TIMEOUT_MS, () =>
      call(api, 'POST', '/api/v1/interaction-summary/refresh', { roles: ['admin'] }),
    );
    expect(response.status).toBe(200);
  });

  it('does not cut short migrations that wait for another instance', async () => {
    const db = api.app.get(DataSource);
    const applied = await holding('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY], 4 * TIMEOUT_MS, () =>
      migrate(db),
    );
    expect(applied).toEqual([]);
    const rows = await db.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(rows[0].statement_timeout).toBe(`${TIMEOUT_MS}ms`);
  });

  it('does not cut short the demo seeder', async () => {
    const db = api.app.get(DataSource);
    const result = await holding('SELECT pg_advisory_xact_lock($1, $2)', [...WRITE_FENCE_LOCK], 4 * TIMEOUT_MS, () =>
      new DemoSeeder(db).seed({ customers: 20, interactions: 200 }),
    );
    expect(result.interactions).toBe(200);
    const [{ n }] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM interaction_history');
    expect(n).toBe(200);
  });
});
