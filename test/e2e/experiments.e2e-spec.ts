import pg from 'pg';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const HERO = { name: 'Homepage hero test', variants: ['control', 'treatment'] };

describe('experiments and assignments', () => {
  let api: TestApp;
  let db: pg.Client;

  const putExperiment = (id: string, body: unknown, roles: string[] = ['admin']) =>
    call(api, 'PUT', `/api/v1/experiments/${id}`, { roles, body });
  const assign = (id: string, customerId: string, body: unknown, roles: string[] = ['editor']) =>
    call(api, 'PUT', `/api/v1/experiments/${id}/assignments/${customerId}`, { roles, body });
  const listExperiments = async () =>
    (await call(api, 'GET', '/api/v1/experiments?limit=1000', { roles: ['viewer'] })).body.data as {
      id: string;
      name: string;
      variants: string[];
    }[];
  const storedAssignments = async (experimentId: string, customerId: string) =>
    (
      await db.query(
        `SELECT variant, assigned_at FROM experiment_assignment WHERE experiment_id = $1 AND customer_id = $2`,
        [experimentId, customerId],
      )
    ).rows as { variant: string; assigned_at: Date }[];

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  describe('PUT /experiments/{id}', () => {
    it('creates (201), then replaces (200) idempotently, and lists it', async () => {
      const created = await putExperiment('exp_hero', HERO);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: 'exp_hero',
        ...HERO,
        createdAt: expect.stringMatching(ISO_MILLIS),
        updatedAt: expect.stringMatching(ISO_MILLIS),
      });
      const replay = await putExperiment('exp_hero', HERO);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ ...HERO, createdAt: created.body.createdAt });
      expect((await listExperiments()).filter((e) => e.id === 'exp_hero')).toEqual([replay.body]);
    });

    it.each([
      ['a bad id', 'bad%20id', HERO, ['id']],
      ['a 129-character id', 'e'.repeat(129), HERO, ['id']],
      ['a missing name', 'exp_bad', { variants: ['a'] }, ['name']],
      ['an empty name', 'exp_bad', { name: '', variants: ['a'] }, ['name']],
      ['missing variants', 'exp_bad', { name: 'x' }, ['variants']],
      ['no variants', 'exp_bad', { name: 'x', variants: [] }, ['variants']],
      ['51 variants', 'exp_bad', { name: 'x', variants: Array.from({ length: 51 }, (_, i) => `v${i}`) }, ['variants']],
      ['duplicate variants', 'exp_bad', { name: 'x', variants: ['a', 'b', 'a'] }, ['variants']],
      ['an empty variant', 'exp_bad', { name: 'x', variants: ['a', ''] }, ['variants']],
      ['a 129-character variant', 'exp_bad', { name: 'x', variants: ['v'.repeat(129)] }, ['variants']],
      ['a non-string variant', 'exp_bad', { name: 'x', variants: ['a', 2] }, ['variants']],
      ['variants that are a string', 'exp_bad', { name: 'x', variants: 'a,b' }, ['variants']],
      ['an unknown field', 'exp_bad', { ...HERO, traffic: 0.5 }, ['traffic']],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, id, body, fields) => {
      expectProblem(await putExperiment(id, body), 400, fields);
      expect((await listExperiments()).map((e) => e.id)).not.toContain(id);
    });

    it('accepts 50 variants of up to 128 characters', async () => {
      const variants = Array.from({ length: 50 }, (_, i) => `${i}`.padStart(128, 'v'));
      expect((await putExperiment('exp_wide', { name: 'Wide', variants })).status).toBe(201);
    });

    it('is admin only: editors and viewers get 403, anonymous callers 401', async () => {
      expectProblem(await putExperiment('exp_denied', HERO, ['editor']), 403);
      expectProblem(await putExperiment('exp_denied', HERO, ['viewer']), 403);
      expectProblem(await call(api, 'PUT', '/api/v1/experiments/exp_denied', { body: HERO }), 401);
      expect((await listExperiments()).map((e) => e.id)).not.toContain('exp_denied');
    });
  });

  describe('changing an experiment’s variants', () => {
    beforeAll(async () => {
      await putExperiment('exp_change', { name: 'Change', variants: ['a', 'b', 'c'] });
      expect((await assign('exp_change', 'cust_001', { variant: 'a' })).status).toBe(201);
    });

    it('adds, reorders and removes unassigned variants, and renames the experiment', async () => {
      const response = await putExperiment('exp_change', { name: 'Changed', variants: ['d', 'a', 'b'] });
      expect(response.status).toBe(200);
      expect((await listExperiments()).find((e) => e.id === 'exp_change')).toMatchObject({
        name: 'Changed',
        variants: ['d', 'a', 'b'],
      });
    });

    it('refuses to remove a variant customers are assigned: 409 naming it, and nothing changes', async () => {
      const problem = expectProblem(await putExperiment('exp_change', { name: 'X', variants: ['b', 'd'] }), 409, [
        'variants',
      ]);
      expect(problem.detail).toContain('variant a ');
      expect((await listExperiments()).find((e) => e.id === 'exp_change')).toMatchObject({
        name: 'Changed',
        variants: ['d', 'a', 'b'],
      });
    });

    it('allows it once no customer has the variant any more', async () => {
      expect((await assign('exp_change', 'cust_001', { variant: 'b' })).status).toBe(200);
      expect((await putExperiment('exp_change', { name: 'Changed', variants: ['b', 'd'] })).status).toBe(200);
    });
  });

  describe('PUT /experiments/{id}/assignments/{customerId}', () => {
    beforeAll(async () => {
      await putExperiment('exp_assign', HERO);
    });

    it('assigns (201); the same variant again is 200 and keeps assignedAt', async () => {
      const first = await assign('exp_assign', 'cust_010', { variant: 'treatment' });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        experimentId: 'exp_assign',
        customerId: 'cust_010',
        variant: 'treatment',
        assignedAt: expect.stringMatching(ISO_MILLIS),
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const replay = await assign('exp_assign', 'cust_010', { variant: 'treatment' });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      const stored = await storedAssignments('exp_assign', 'cust_010');
      expect(stored).toEqual([{ variant: 'treatment', assigned_at: expect.any(Date) }]);
      expect(stored[0].assigned_at.toISOString()).toBe(first.body.assignedAt);
    });

    it('another variant replaces it (200) and moves assignedAt', async () => {
      const first = await assign('exp_assign', 'cust_011', { variant: 'control' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const moved = await assign('exp_assign', 'cust_011', { variant: 'treatment' });
      expect(moved.status).toBe(200);
      expect(moved.body.variant).toBe('treatment');
      expect(Date.parse(moved.body.assignedAt)).toBeGreaterThan(Date.parse(first.body.assignedAt));
      expect(await storedAssignments('exp_assign', 'cust_011')).toEqual([
        { variant: 'treatment', assigned_at: new Date(moved.body.assignedAt) },
      ]);
    });

    it('is 404 for an unknown experiment', async () => {
      expectProblem(await assign('exp_nope', 'cust_010', { variant: 'control' }), 404);
      expect(await storedAssignments('exp_nope', 'cust_010')).toEqual([]);
    });

    it('is 422 naming variant when it is not one of the experiment’s', async () => {
      const problem = expectProblem(await assign('exp_assign', 'cust_012', { variant: 'Control' }), 422, ['variant']);
      expect(problem.errors[0].message).toContain('control, treatment');
      expect(await storedAssignments('exp_assign', 'cust_012')).toEqual([]);
    });

    it.each([
      ['a missing variant', '/api/v1/experiments/exp_assign/assignments/cust_013', {}, ['variant']],
      ['an empty variant', '/api/v1/experiments/exp_assign/assignments/cust_013', { variant: '' }, ['variant']],
      ['a non-string variant', '/api/v1/experiments/exp_assign/assignments/cust_013', { variant: 1 }, ['variant']],
      [
        'an unknown field',
        '/api/v1/experiments/exp_assign/assignments/cust_013',
        { variant: 'control', weight: 1 },
        ['weight'],
      ],
      [
        'a bad customer id',
        '/api/v1/experiments/exp_assign/assignments/bad%20id',
        { variant: 'control' },
        ['customerId'],
      ],
      ['a bad experiment id', '/api/v1/experiments/bad%20id/assignments/cust_013', { variant: 'control' }, ['id']],
    ])('rejects %s with 400 naming the field', async (_case, path, body, fields) => {
      expectProblem(await call(api, 'PUT', path, { roles: ['editor'], body }), 400, fields);
      expect(await storedAssignments('exp_assign', 'cust_013')).toEqual([]);
    });

    it('lets editors and admins assign; refuses viewers (403) and anonymous callers (401)', async () => {
      expect((await assign('exp_assign', 'cust_roles', { variant: 'control' }, ['admin'])).status).toBe(201);
      expect((await assign('exp_assign', 'cust_roles', { variant: 'control' }, ['editor'])).status).toBe(200);
      expectProblem(await assign('exp_assign', 'cust_roles', { variant: 'treatment' }, ['viewer']), 403);
      expectProblem(
        await call(api, 'PUT', '/api/v1/experiments/exp_assign/assignments/cust_roles', {
          body: { variant: 'treatment' },
        }),
        401,
      );
      expect((await storedAssignments('exp_assign', 'cust_roles')).map((a) => a.variant)).toEqual(['control']);
    });
  });

  describe('GET /experiments', () => {
    it('lists by id and walks every experiment exactly once with limit and cursor', async () => {
      const all = (await listExperiments()).map((e) => e.id);
      expect(all.length).toBeGreaterThan(2);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const page = await call(api, 'GET', `/api/v1/experiments?${query}`, { roles: ['editor'] });
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((e: { id: string }) => e.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('needs a token with a role', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/experiments'), 401);
      expectProblem(await call(api, 'GET', '/api/v1/experiments', { roles: [] }), 403);
      expect((await call(api, 'GET', '/api/v1/experiments', { roles: ['admin'] })).status).toBe(200);
    });
  });
});
