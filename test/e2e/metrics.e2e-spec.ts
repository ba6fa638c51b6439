import pg from 'pg';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('metrics and customer metric values', () => {
  let api: TestApp;
  let db: pg.Client;

  const putMetric = (name: string, body: unknown, roles: string[] = ['admin']) =>
    call(api, 'PUT', `/api/v1/metrics/${name}`, { roles, body });
  const putValues = (customerId: string, body: unknown, roles: string[] = ['editor']) =>
    call(api, 'PUT', `/api/v1/customers/${customerId}/metrics`, { roles, body });
  const getValues = (customerId: string, roles: string[] = ['viewer']) =>
    call(api, 'GET', `/api/v1/customers/${customerId}/metrics`, { roles });
  const metricNames = async () =>
    (await call(api, 'GET', '/api/v1/metrics?limit=1000', { roles: ['viewer'] })).body.data.map(
      (m: { name: string }) => m.name,
    );
  const storedValues = async (customerId: string) =>
    (
      await db.query(`SELECT metric_name, value FROM metric_value WHERE customer_id = $1 ORDER BY metric_name`, [
        customerId,
      ])
    ).rows;

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    for (const name of ['engagement_score', 'purchase_frequency_30d', 'churn_risk']) {
      expect((await putMetric(name, { description: `The ${name}.` })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  describe('PUT /metrics/{name}', () => {
    it('creates (201), then replaces (200) idempotently', async () => {
      const created = await putMetric('clv.v2', { description: 'Customer lifetime value' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        name: 'clv.v2',
        description: 'Customer lifetime value',
        createdAt: expect.stringMatching(ISO_MILLIS),
        updatedAt: expect.stringMatching(ISO_MILLIS),
      });
      const replaced = await putMetric('clv.v2', { description: 'Customer lifetime value (v2)' });
      expect(replaced.status).toBe(200);
      const replay = await putMetric('clv.v2', { description: 'Customer lifetime value (v2)' });
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({
        description: 'Customer lifetime value (v2)',
        createdAt: created.body.createdAt,
      });
      const listed = (await call(api, 'GET', '/api/v1/metrics', { roles: ['viewer'] })).body.data;
      expect(listed.filter((m: { name: string }) => m.name === 'clv.v2')).toEqual([replay.body]);
    });

    it.each([
      ['a bad name', 'bad%20name', { description: 'x' }, ['name']],
      ['a 129-character name', 'm'.repeat(129), { description: 'x' }, ['name']],
      ['a reserved name', 'constructor', { description: 'x' }, ['name']],
      ['a missing description', 'm_bad', {}, ['description']],
      ['an empty description', 'm_bad', { description: '' }, ['description']],
      ['a non-string description', 'm_bad', { description: 5 }, ['description']],
      ['an over-long description', 'm_bad', { description: 'x'.repeat(2001) }, ['description']],
      ['an unknown field', 'm_bad', { description: 'x', unit: 'days' }, ['unit']],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, name, body, fields) => {
      expectProblem(await putMetric(name, body), 400, fields);
      expect(await metricNames()).not.toContain(decodeURIComponent(name));
    });

    it('is admin only: editors and viewers get 403, anonymous callers 401', async () => {
      expectProblem(await putMetric('denied', { description: 'x' }, ['editor']), 403);
      expectProblem(await putMetric('denied', { description: 'x' }, ['viewer']), 403);
      expectProblem(await call(api, 'PUT', '/api/v1/metrics/denied', { body: { description: 'x' } }), 401);
      expect(await metricNames()).not.toContain('denied');
    });
  });

  describe('GET /metrics', () => {
    it('lists by name and walks every metric exactly once with limit and cursor', async () => {
      const all: string[] = await metricNames();
      expect(all).toEqual([...all].sort());
      expect(all).toEqual(expect.arrayContaining(['churn_risk', 'engagement_score', 'purchase_frequency_30d']));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const page = await call(api, 'GET', `/api/v1/metrics?${query}`, { roles: ['editor'] });
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((m: { name: string }) => m.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('needs a token with a role, and a valid limit', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/metrics'), 401);
      expectProblem(await call(api, 'GET', '/api/v1/metrics', { roles: [] }), 403);
      expectProblem(await call(api, 'GET', '/api/v1/metrics?limit=0', { roles: ['viewer'] }), 400, ['limit']);
    });
  });

  describe('PUT /customers/{id}/metrics', () => {
    it('sets the given values and returns the whole map; replaying gives the same state', async () => {
      const first = await putValues('cust_001', { values: { engagement_score: 0.82, purchase_frequency_30d: 3 } });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        customerId: 'cust_001',
        values: { engagement_score: 0.82, purchase_frequency_30d: 3 },
      });
      const replay = await putValues('cust_001', { values: { engagement_score: 0.82, purchase_frequency_30d: 3 } });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      expect(await storedValues('cust_001')).toEqual([
        { metric_name: 'engagement_score', value: 0.82 },
        { metric_name: 'purchase_frequency_30d', value: 3 },
      ]);
    });

    it('merges: metrics left out keep their values', async () => {
      await putValues('cust_002', { values: { engagement_score: 0.5, purchase_frequency_30d: 1 } });
      const merged = await putValues('cust_002', { values: { purchase_frequency_30d: 7, churn_risk: -0.25 } });
      expect(merged.body.values).toEqual({ churn_risk: -0.25, engagement_score: 0.5, purchase_frequency_30d: 7 });
      expect((await getValues('cust_002')).body).toEqual(merged.body);
    });

    it('stores doubles exactly, integers and extremes included', async () => {
      const values = {
        engagement_score: 0.1 + 0.2,
        purchase_frequency_30d: 9_007_199_254_740_991,
        churn_risk: -1e-300,
      };
      expect((await putValues('cust_precise', { values })).body.values).toEqual(values);
    });

    it('is 422 naming values.<name> for an unknown metric, and writes nothing', async () => {
      await putValues('cust_003', { values: { engagement_score: 0.1 } });
      const problem = expectProblem(
        await putValues('cust_003', { values: { engagement_score: 0.9, nope: 1, 'also.nope': 2 } }),
        422,
        ['values.nope', 'values.also.nope'],
      );
      expect(problem.errors).toHaveLength(2);
      expect((await getValues('cust_003')).body.values).toEqual({ engagement_score: 0.1 });
    });

    it.each([
      ['a string value', { values: { engagement_score: '0.8' } }, ['values.engagement_score']],
      ['a boolean value', { values: { engagement_score: true } }, ['values.engagement_score']],
      ['a null value', { values: { engagement_score: null } }, ['values.engagement_score']],
      ['an object value', { values: { engagement_score: { v: 1 } } }, ['values.engagement_score']],
      ['a bad metric name', { values: { 'bad name': 1 } }, ['values.bad name']],
      ['no values', { values: {} }, ['values']],
      ['values that are an array', { values: [1, 2] }, ['values']],
      ['values that are a number', { values: 5 }, ['values']],
      ['a missing values', {}, ['values']],
      ['an unknown top-level field', { values: { engagement_score: 1 }, source: 'x' }, ['source']],
      ['501 values', { values: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`m${i}`, i])) }, ['values']],
    ])('rejects %s with 400 naming the field, and writes nothing', async (_case, body, fields) => {
      expectProblem(await putValues('cust_bad', body), 400, fields);
      expect(await storedValues('cust_bad')).toEqual([]);
    });

    it('rejects a number a double cannot hold (1e400) with 400', async () => {
      const response = await call(api, 'PUT', '/api/v1/customers/cust_bad/metrics', {
        roles: ['editor'],
        rawBody: '{"values": {"engagement_score": 1e400}}',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400, ['values.engagement_score']);
      expect(await storedValues('cust_bad')).toEqual([]);
    });

    it('names every unknown metric of a full batch', async () => {
      const values = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown_${i}`, i]));
      const problem = expectProblem(await putValues('cust_bad', { values }), 422);
      expect(problem.errors).toHaveLength(500);
      expect(await storedValues('cust_bad')).toEqual([]);
    });

    it('writes 500 values at once', async () => {
      await db.query(
        `INSERT INTO metric (name, description) SELECT 'bulk_' || i, 'x' FROM generate_series(0, 499) AS i`,
      );
      const values = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`bulk_${i}`, i / 2]));
      const response = await putValues('cust_bulk', { values });
      expect(response.status).toBe(200);
      expect(response.body.values).toEqual(values);
      expect(await storedValues('cust_bulk')).toHaveLength(500);
    });

    it('rejects a bad customer id with 400 naming id', async () => {
      const body = { values: { engagement_score: 1 } };
      expectProblem(await putValues('bad%20id', body), 400, ['id']);
      expectProblem(await getValues('c'.repeat(129)), 400, ['id']);
    });

    it('lets editors and admins write; refuses viewers (403) and anonymous callers (401)', async () => {
      expect((await putValues('cust_roles', { values: { churn_risk: 1 } }, ['admin'])).status).toBe(200);
      expect((await putValues('cust_roles', { values: { churn_risk: 2 } }, ['editor'])).status).toBe(200);
      expectProblem(await putValues('cust_roles', { values: { churn_risk: 3 } }, ['viewer']), 403);
      expectProblem(
        await call(api, 'PUT', '/api/v1/customers/cust_roles/metrics', { body: { values: { churn_risk: 4 } } }),
        401,
      );
      expect(await storedValues('cust_roles')).toEqual([{ metric_name: 'churn_risk', value: 2 }]);
    });
  });

  describe('GET /customers/{id}/metrics', () => {
    it('is an empty map for a customer with no values', async () => {
      const response = await getValues('cust_nobody');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ customerId: 'cust_nobody', values: {} });
    });

    it('every role reads; anonymous callers get 401, role-less tokens 403', async () => {
      for (const role of ['admin', 'editor', 'viewer']) expect((await getValues('cust_001', [role])).status).toBe(200);
      expectProblem(await getValues('cust_001', []), 403);
      expectProblem(await call(api, 'GET', '/api/v1/customers/cust_001/metrics'), 401);
    });
  });
});
