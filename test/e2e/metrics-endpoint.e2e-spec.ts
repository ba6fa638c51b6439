import { ConfigError, loadConfig } from '../../src/config/app-config.js';
import { MetricsServer } from '../../src/modules/observability/metrics-server.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * GET /metrics (Prometheus text format): admin-only on the API port by default, or open on
 * METRICS_PORT and then absent from the API port. Not to be confused with the customer
 * metric definitions at /api/v1/metrics (test/e2e/metrics.e2e-spec.ts).
 */

/** Customer ids that only ever appear in URLs and bodies: never in the metrics. */
const SECRET_CUSTOMER = 'CUST-METRICS-SECRET-7731';
const OTHER_CUSTOMER = 'CUST-METRICS-SECRET-9054';
const PROFILE_ROUTE = '/api/v1/customers/:id/unified-profile';
const OFFER = { name: 'Offer', issue: 'Cards', group: 'Premium', status: 'active', priority: 50 };

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the text exposition format's sample lines (comments skipped). */
function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key] = value;
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample named `name` whose labels include `labels` (undefined: none). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function scrape(api: TestApp): Promise<{ text: string; samples: Sample[] }> {
  const response = await api.request('/metrics', { headers: bearer(['admin']) });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, samples: parseSamples(text) };
}

describe('GET /metrics on the API port (admin token)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ DATABASE_POOL_SIZE: '4' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses anonymous callers with 401 and non-admins with 403, as problem+json', async () => {
    expectProblem(await call(api, 'GET', '/metrics'), 401);
    expectProblem(await call(api, 'GET', '/metrics', { headers: { authorization: 'Bearer not-a-jwt' } }), 401);
    expectProblem(await call(api, 'GET', '/metrics', { roles: ['viewer'] }), 403);
    expectProblem(await call(api, 'GET', '/metrics', { roles: ['editor', 'viewer'] }), 403);
  });

  it('answers admins in the Prometheus text format', async () => {
    const response = await api.request('/metrics', { headers: bearer(['admin']) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    for (const name of [
      'http_requests_total',
      'http_request_duration_seconds',
      'summary_refreshes_total',
      'summary_refresh_duration_seconds',
      'summary_refresh_rows_processed_total',
      'summary_refresh_lag_seconds',
      'summary_refresh_last_success_timestamp_seconds',
      'db_pool_connections_max',
      'db_pool_connections_in_use',
      'db_pool_connections_idle',
      'db_pool_requests_waiting',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(() => parseSamples(text)).not.toThrow();
  });

  it('leaves the customer metric definitions at /api/v1/metrics where they are', async () => {
    const response = await call(api, 'GET', '/api/v1/metrics', { roles: ['viewer'] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ data: expect.any(Array), hasMore: false });
  });

  it('counts requests by route template, method and status, never by raw URL', async () => {
    const before = (await scrape(api)).samples;
    const profileNotFound = { method: 'GET', route: PROFILE_ROUTE, status_code: '404' };
    const profileBadRequest = { method: 'GET', route: PROFILE_ROUTE, status_code: '400' };
    const countOf = (samples: Sample[], labels: Record<string, string>) =>
      valueOf(samples, 'http_requests_total', labels) ?? 0;

    for (const id of [SECRET_CUSTOMER, OTHER_CUSTOMER, SECRET_CUSTOMER]) {
      expect((await call(api, 'GET', `/api/v1/customers/${id}/unified-profile`, { roles: ['viewer'] })).status).toBe(
        404,
      );
    }
    const badSections = `/api/v1/customers/${SECRET_CUSTOMER}/unified-profile?sections=nope`;
    expect((await call(api, 'GET', badSections, { roles: ['viewer'] })).status).toBe(400);
    const history = `/api/v1/interaction-history?customerId=${SECRET_CUSTOMER}`;
    expect((await call(api, 'GET', history, { roles: ['viewer'] })).status).toBe(200);
    expect((await call(api, 'GET', `/no-such-route/${SECRET_CUSTOMER}`, { roles: ['viewer'] })).status).toBe(404);

    const { text, samples } = await scrape(api);
    expect(countOf(samples, profileNotFound) - countOf(before, profileNotFound)).toBe(3);
    expect(countOf(samples, profileBadRequest) - countOf(before, profileBadRequest)).toBe(1);
    const historyOk = { method: 'GET', route: '/api/v1/interaction-history', status_code: '200' };
    expect(countOf(samples, historyOk) - countOf(before, historyOk)).toBe(1);
    const unmatched = { method: 'GET', route: 'unmatched', status_code: '404' };
    expect(countOf(samples, unmatched) - countOf(before, unmatched)).toBe(1);
    // Refused scrapes are requests like any other.
    expect(countOf(samples, { method: 'GET', route: '/metrics', status_code: '401' })).toBeGreaterThanOrEqual(2);

    // The latency histogram has the same labels; its count equals the counter.
    expect(valueOf(samples, 'http_request_duration_seconds_count', profileNotFound)).toBe(
      countOf(samples, profileNotFound),
    );
    const inf = valueOf(samples, 'http_request_duration_seconds_bucket', { ...profileNotFound, le: '+Inf' });
    expect(inf).toBe(countOf(samples, profileNotFound));

    // Every route label is a template or `unmatched`; no id, query or raw path anywhere.
    const routes = new Set(samples.filter((s) => s.labels.route !== undefined).map((s) => s.labels.route));
    for (const route of routes) expect(route).toMatch(/^(unmatched|\/[a-z0-9/:*_-]*)$/i);
    expect(text).not.toContain(SECRET_CUSTOMER);
    expect(text).not.toContain(OTHER_CUSTOMER);
    expect(text).not.toContain('CUST-METRICS');
    expect(text).not.toContain('sections=');
  });

  it('reports the database pool of this instance', async () => {
    const { samples } = await scrape(api);
    expect(valueOf(samples, 'db_pool_connections_max')).toBe(4);
    const inUse = valueOf(samples, 'db_pool_connections_in_use')!;
    const idle = valueOf(samples, 'db_pool_connections_idle')!;
    expect(inUse).toBeGreaterThanOrEqual(0);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(inUse + idle).toBeLessThanOrEqual(4);
    expect(valueOf(samples, 'db_pool_requests_waiting')).toBe(0);
  });

  it('reports summary refreshes, the rows they merged and the lag behind the newest interaction', async () => {
    const admin = { roles: ['admin'] };
    expect((await call(api, 'PUT', '/api/v1/channels/ch_web', { ...admin, body: { name: 'Web' } })).status).toBe(201);
    expect((await call(api, 'PUT', '/api/v1/offers/off_metrics', { ...admin, body: OFFER })).status).toBe(201);

    // Nothing written yet: nothing to lag behind, no refresh ever.
    let { samples } = await scrape(api);
    expect(valueOf(samples, 'summary_refresh_lag_seconds')).toBe(0);
    expect(valueOf(samples, 'summary_refresh_last_success_timestamp_seconds')).toBe(0);
    expect(valueOf(samples, 'summary_refreshes_total', { outcome: 'refreshed' })).toBe(0);

    const interactions = Array.from({ length: 25 }, (_, i) => ({
      customerId: i % 2 === 0 ? SECRET_CUSTOMER : OTHER_CUSTOMER,
      offerId: 'off_metrics',
      interactionType: i % 5 === 0 ? 'click' : 'impression',
      timestamp: new Date(Date.now() - i * 60_000).toISOString(),
    }));
    const ingest = await call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
    expect(ingest.body).toMatchObject({ accepted: 25 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    // The rollups now lag behind the oldest unmerged interaction, written over a second ago.
    ({ samples } = await scrape(api));
    const lag = valueOf(samples, 'summary_refresh_lag_seconds')!;
    expect(lag).toBeGreaterThanOrEqual(1);
    expect(lag).toBeLessThan(60);

    const refresh = await call(api, 'POST', '/api/v1/interaction-summary/refresh', admin);
    expect(refresh.status).toBe(200);
    expect(refresh.body.rowsProcessed).toBe(25);

    ({ samples } = await scrape(api));
    expect(valueOf(samples, 'summary_refreshes_total', { outcome: 'refreshed' })).toBe(1);
    expect(valueOf(samples, 'summary_refreshes_total', { outcome: 'failed' })).toBe(0);
    expect(valueOf(samples, 'summary_refresh_rows_processed_total')).toBe(25);
    expect(valueOf(samples, 'summary_refresh_duration_seconds_count')).toBe(1);
    expect(valueOf(samples, 'summary_refresh_duration_seconds_sum')).toBeCloseTo(refresh.body.durationMs / 1000, 3);
    expect(valueOf(samples, 'summary_refresh_lag_seconds')).toBe(0);
    expect(valueOf(samples, 'summary_refresh_last_success_timestamp_seconds')).toBeCloseTo(
      Date.parse(refresh.body.refreshedAt) / 1000,
      2,
    );

    // A second refresh with nothing new still counts, and merges nothing.
    expect((await call(api, 'POST', '/api/v1/interaction-summary/refresh', admin)).body.rowsProcessed).toBe(0);
    ({ samples } = await scrape(api));
    expect(valueOf(samples, 'summary_refreshes_total', { outcome: 'refreshed' })).toBe(2);
    expect(valueOf(samples, 'summary_refresh_rows_processed_total')).toBe(25);
    expect(valueOf(samples, 'summary_refresh_duration_seconds_count')).toBe(2);
  });
});

describe('GET /metrics on METRICS_PORT (no authentication)', () => {
  let api: TestApp;
  let metricsUrl: string;

  beforeAll(async () => {
    api = await startTestApp({ METRICS_PORT: '0', HOST: '127.0.0.1', SUMMARY_MATERIALIZED: 'false' });
    metricsUrl = `http://127.0.0.1:${api.app.get(MetricsServer).port()}`;
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves the metrics there without a token', async () => {
    expect((await call(api, 'GET', '/health')).status).toBe(200);
    const response = await fetch(`${metricsUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    const samples = parseSamples(text);
    expect(valueOf(samples, 'http_requests_total', { method: 'GET', route: '/health', status_code: '200' })).toBe(1);
    expect(valueOf(samples, 'db_pool_connections_max')).toBe(10);
    // SUMMARY_MATERIALIZED=false: no rollups, so no lag to report.
    expect(text).toContain('# TYPE summary_refreshes_total counter');
    expect(text).not.toContain('summary_refresh_lag_seconds');
  });

  it('serves nothing else there', async () => {
    for (const path of ['/', '/health', '/api/v1/metrics', '/metrics/x']) {
      const response = await fetch(metricsUrl + path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    const post = await fetch(`${metricsUrl}/metrics`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('takes /metrics off the API port, even for admins', async () => {
    expectProblem(await call(api, 'GET', '/metrics', { roles: ['admin'] }), 404);
  });

  it('stops listening when the app closes', async () => {
    const other = await startTestApp({ METRICS_PORT: '0', HOST: '127.0.0.1' });
    const url = `http://127.0.0.1:${other.app.get(MetricsServer).port()}/metrics`;
    expect((await fetch(url)).status).toBe(200);
    await other.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('METRICS_PORT configuration', () => {
  it('is unset by default, an integer port otherwise, and never the API port', () => {
    expect(loadConfig({}).metricsPort).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ METRICS_PORT: 'abc' })).toThrow(/^Invalid configuration: METRICS_PORT /);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/METRICS_PORT must differ from PORT/);
    expect(() => loadConfig({ PORT: '8080', METRICS_PORT: '8080' })).toThrow(/METRICS_PORT must differ from PORT/);
  });
});
