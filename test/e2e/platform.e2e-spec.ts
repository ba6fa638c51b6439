import { readFile } from 'node:fs/promises';
import { buildOpenApiDocument } from '../../src/common/openapi/openapi.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('platform: health, errors, docs', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('GET /health is public and reports the database and migrations', async () => {
    const response = await api.request('/health');
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, migrations: { status: 'up' } },
    });
  });

  it('GET /health turns 503 problem+json when migrations are pending', async () => {
    const { DataSource } = await import('typeorm');
    const db = api.app.get(DataSource);
    await db.query(`UPDATE typeorm_migrations SET name = name || '_hidden'`);
    try {
      const response = await api.request('/health');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      await expect(response.json()).resolves.toMatchObject({ status: 503, title: 'Service unavailable' });
    } finally {
      await db.query(`UPDATE typeorm_migrations SET name = replace(name, '_hidden', '')`);
    }
    expect((await api.request('/health')).status).toBe(200);
  });

  it('unknown routes are 404 problem+json with a request id', async () => {
    const response = await api.request('/api/v1/no-such-thing/CUST_secret@example.com', {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const problem = (await response.json()) as { detail: string };
    expect(problem).toMatchObject({ status: 404, requestId: 'trace-123' });
    // The detail does not echo the URL (it may hold a customer id); `instance` is the path, as for every problem.
    expect(problem.detail).not.toContain('CUST_secret');
  });

  it('router-level rejections are problem+json too: over-long path parameter, body over 1 MiB', async () => {
    const longPath = await api.request(`/api/v1/offers/${'a'.repeat(2000)}`);
    expect(longPath.status).toBe(414);
    expect(longPath.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(longPath.json()).resolves.toMatchObject({ status: 414, detail: 'A path parameter is too long.' });

    const big = await api.request('/api/v1/channels/ch_big', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('replaces an unsafe x-request-id instead of echoing it', async () => {
    const response = await api.request('/health', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Swagger UI and the OpenAPI document listing every route', async () => {
    const ui = await api.request('/api/docs');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
    const doc = (await (await api.request('/api/docs-json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/auth/me']));
  });

  it('the committed openapi.json is what the code generates (run `npm run openapi`)', async () => {
    const committed = JSON.parse(await readFile('openapi.json', 'utf8'));
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument(api.app)))).toEqual(committed);
  });
});
