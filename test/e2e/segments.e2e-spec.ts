import pg from 'pg';
import { SegmentsService } from '../../src/modules/profile/segments/segments.service.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const HIGH_VALUE = {
  name: 'High value',
  rule: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] },
};

describe('segments', () => {
  let api: TestApp;
  let db: pg.Client;

  const putSegment = (id: string, body: unknown, roles: string[] = ['admin']) =>
    call(api, 'PUT', `/api/v1/segments/${id}`, { roles, body });
  const listSegments = async () =>
    (await call(api, 'GET', '/api/v1/segments?limit=1000', { roles: ['viewer'] })).body.data as {
      id: string;
      name: string;
      rule: unknown;
    }[];
  const segmentIds = async () => (await listSegments()).map((s) => s.id);

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  describe('PUT /segments/{id}', () => {
    it('creates (201), then replaces (200) idempotently, and lists it', async () => {
      const created = await putSegment('high_value', HIGH_VALUE);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: 'high_value',
        ...HIGH_VALUE,
        createdAt: expect.stringMatching(ISO_MILLIS),
        updatedAt: expect.stringMatching(ISO_MILLIS),
      });
      const replay = await putSegment('high_value', HIGH_VALUE);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ ...HIGH_VALUE, createdAt: created.body.createdAt });
      expect((await listSegments()).filter((s) => s.id === 'high_value')).toEqual([replay.body]);
      const { rows } = await db.query(`SELECT name, rule FROM segment WHERE id = 'high_value'`);
      expect(rows).toEqual([HIGH_VALUE]);
    });

    it('stores a nested rule with every operator as given', async () => {
      const rule = {
        any: [
          {
            all: [
              { field: 'attributes.tier', op: 'eq', value: 'gold' },
              { field: 'attributes.churned', op: 'neq', value: true },
              { field: 'metrics.engagement_score', op: 'gt', value: 0.5 },
              { field: 'metrics.engagement_score', op: 'lte', value: 1 },
            ],
          },
          { field: 'attributes.signed_up_at', op: 'lt', value: '2024-01-01T00:00:00.000Z' },
          { field: 'attributes.tenure_months', op: 'gte', value: 24 },
          { field: 'metrics.purchase_frequency_30d', op: 'in', value: [1, 2, 3] },
          {
            all: [
              { field: 'attributes.email', op: 'exists' },
              { field: 'attributes.opt_out', op: 'exists', value: false },
            ],
          },
        ],
      };
      const response = await putSegment('engaged_or_loyal', { name: 'Engaged or loyal', rule });
      expect(response.status).toBe(201);
      expect(response.body.rule).toEqual(rule);
      expect((await listSegments()).find((s) => s.id === 'engaged_or_loyal')?.rule).toEqual(rule);
    });

    it.each([
      ['a bad id', 'bad%20id', HIGH_VALUE, ['id']],
      ['a 129-character id', 's'.repeat(129), HIGH_VALUE, ['id']],
      ['a missing name', 'seg_bad', { rule: HIGH_VALUE.rule }, ['name']],
      ['an empty name', 'seg_bad', { name: '', rule: HIGH_VALUE.rule }, ['name']],
      ['a missing rule', 'seg_bad', { name: 'x' }, ['rule']],
      ['a rule that is a string', 'seg_bad', { name: 'x', rule: 'lifetime_value >= 10000' }, ['rule']],
      ['a rule that is an array', 'seg_bad', { name: 'x', rule: [HIGH_VALUE.rule] }, ['rule']],
      ['an unknown field', 'seg_bad', { ...HIGH_VALUE, owner: 'x' }, ['owner']],
      ['a bare condition', 'seg_bad', { name: 'x', rule: { field: 'attributes.a', op: 'exists' } }, ['rule']],
      ['an empty group', 'seg_bad', { name: 'x', rule: { all: [] } }, ['rule.all']],
      [
        'an unknown op',
        'seg_bad',
        {
          name: 'x',
          rule: {
            all: [
              { field: 'attributes.a', op: 'eq', value: 1 },
              { field: 'attributes.a', op: 'like', value: 'x' },
            ],
          },
        },
        ['rule.all.1.op'],
      ],
      [
        'a bad field',
        'seg_bad',
        { name: 'x', rule: { any: [{ field: 'tier', op: 'eq', value: 'gold' }] } },
        ['rule.any.0.field'],
      ],
      [
        'a missing value',
        'seg_bad',
        { name: 'x', rule: { all: [{ field: 'attributes.a', op: 'gt' }] } },
        ['rule.all.0.value'],
      ],
      [
        'a string compared with a metric',
        'seg_bad',
        { name: 'x', rule: { all: [{ field: 'metrics.m', op: 'eq', value: 'high' }] } },
        ['rule.all.0.value'],
      ],
      [
        'in without a list',
        'seg_bad',
        { name: 'x', rule: { all: [{ field: 'attributes.a', op: 'in', value: 'gold' }] } },
        ['rule.all.0.value'],
      ],
      [
        'a bad item in a nested in',
        'seg_bad',
        { name: 'x', rule: { all: [{ any: [{ field: 'attributes.a', op: 'in', value: ['x', null] }] }] } },
        ['rule.all.0.any.0.value.1'],
      ],
      [
        'an unknown key on a condition',
        'seg_bad',
        { name: 'x', rule: { all: [{ field: 'attributes.a', op: 'exists', negate: true }] } },
        ['rule.all.0.negate'],
      ],
    ])('rejects %s with 400 naming the path, and stores nothing', async (_case, id, body, fields) => {
      const problem = expectProblem(await putSegment(id, body), 400, fields);
      expect(new Set(problem.errors.map((e: { field: string }) => e.field))).toEqual(new Set(fields));
      expect(await segmentIds()).not.toContain(id);
    });

    it('names every bad node of a rule at once', async () => {
      const rule = {
        all: [
          { field: 'nope', op: 'eq', value: 1 },
          { any: [{ field: 'attributes.a', op: 'between', value: [1, 2] }] },
          { field: 'metrics.m', op: 'exists', value: 'yes' },
        ],
      };
      const problem = expectProblem(await putSegment('seg_bad', { name: 'x', rule }), 400);
      expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([
        'rule.all.0.field',
        'rule.all.1.any.0.op',
        'rule.all.2.value',
      ]);
      expect(await segmentIds()).not.toContain('seg_bad');
    });

    it('enforces the depth and size limits', async () => {
      let deep: Record<string, unknown> = { all: [{ field: 'attributes.a', op: 'exists' }] };
      for (let level = 1; level < 8; level++) deep = { any: [deep] };
      expect((await putSegment('seg_deep', { name: 'Deep', rule: deep })).status).toBe(201);
      expectProblem(await putSegment('seg_too_deep', { name: 'Too deep', rule: { all: [deep] } }), 400, [
        `rule.all.0${'.any.0'.repeat(7)}`,
      ]);
      const leaf = { field: 'attributes.a', op: 'exists' };
      expect((await putSegment('seg_wide', { name: 'Wide', rule: { all: Array(199).fill(leaf) } })).status).toBe(201);
      expectProblem(await putSegment('seg_too_wide', { name: 'Too wide', rule: { all: Array(200).fill(leaf) } }), 400, [
        'rule',
      ]);
      expect(await segmentIds()).not.toContain('seg_too_deep');
      expect(await segmentIds()).not.toContain('seg_too_wide');
    });

    it('is admin only: editors and viewers get 403, anonymous callers 401', async () => {
      expectProblem(await putSegment('seg_denied', HIGH_VALUE, ['editor']), 403);
      expectProblem(await putSegment('seg_denied', HIGH_VALUE, ['viewer']), 403);
      expectProblem(await call(api, 'PUT', '/api/v1/segments/seg_denied', { body: HIGH_VALUE }), 401);
      expect(await segmentIds()).not.toContain('seg_denied');
    });
  });

  describe('GET /segments', () => {
    it('lists by id and walks every segment exactly once with limit and cursor', async () => {
      const all = await segmentIds();
      expect(all.length).toBeGreaterThan(2);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const page = await call(api, 'GET', `/api/v1/segments?${query}`, { roles: ['editor'] });
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((s: { id: string }) => s.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('needs a token with a role', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/segments'), 401);
      expectProblem(await call(api, 'GET', '/api/v1/segments', { roles: [] }), 403);
      expect((await call(api, 'GET', '/api/v1/segments', { roles: ['admin'] })).status).toBe(200);
    });
  });

  describe('SegmentsService.matchingSegmentIds (for the unified profile)', () => {
    it('evaluates every stored segment, sorted, and skips a stored rule that no longer parses', async () => {
      await putSegment('a_gold', {
        name: 'Gold',
        rule: { all: [{ field: 'attributes.tier', op: 'eq', value: 'gold' }] },
      });
      await db.query(
        `INSERT INTO segment (id, name, rule) VALUES ('corrupt', 'Corrupt', '{"all": [{"op": "regex"}]}'::jsonb)`,
      );
      const segments = api.app.get(SegmentsService);
      const facts = { attributes: { tier: 'gold', lifetime_value: 25_000 }, metrics: { engagement_score: 0.9 } };
      expect(await segments.matchingSegmentIds(facts)).toEqual(['a_gold', 'high_value']);
      // engaged_or_loyal's first branch needs churned to be present and not true (neq of a missing field is false).
      const notChurned = { ...facts, attributes: { ...facts.attributes, churned: false } };
      expect(await segments.matchingSegmentIds(notChurned)).toEqual(['a_gold', 'engaged_or_loyal', 'high_value']);
      const withA = { ...facts, attributes: { a: 'x' } };
      expect(await segments.matchingSegmentIds(withA)).toEqual(['seg_deep', 'seg_wide']);
      expect(await segments.matchingSegmentIds({ attributes: {}, metrics: {} })).toEqual([]);
    });
  });
});
