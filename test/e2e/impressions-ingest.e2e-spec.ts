import { DataSource } from 'typeorm';
import { CustomerHasher } from '../../src/modules/privacy/customer-hasher.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const PATH = '/api/v1/impressions';
const HOUR = 60 * 60 * 1000;

interface StoredImpression {
  id: string;
  offerId: string;
  creativeId: string | null;
  placement: string | null;
  occurredAt: string;
}

describe('POST /impressions', () => {
  let api: TestApp;
  let db: DataSource;

  const post = (body: unknown, roles: string[] = ['editor']) => call(api, 'POST', PATH, { roles, body });

  async function rowsOf(customerId: string): Promise<StoredImpression[]> {
    const rows = await db.query<(Omit<StoredImpression, 'occurredAt'> & { occurredAt: Date })[]>(
      `SELECT id, offer_id AS "offerId", creative_id AS "creativeId", placement, occurred_at AS "occurredAt"
       FROM impression WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
    return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
  }

  const countAll = async (): Promise<number> =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM impression`))[0].n;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    const admin = { roles: ['admin'] };
    await call(api, 'PUT', '/api/v1/channels/ch_web', { ...admin, body: { name: 'Web' } });
    for (const offer of ['offer_a', 'offer_b']) {
      await call(api, 'PUT', `/api/v1/offers/${offer}`, { ...admin, body: OFFER });
    }
    for (const [creative, offerId] of [
      ['creative_a', 'offer_a'],
      ['creative_b', 'offer_b'],
    ]) {
      const put = await call(api, 'PUT', `/api/v1/creatives/${creative}`, {
        ...admin,
        body: { name: creative, offerId, channelId: 'ch_web' },
      });
      expect(put.status).toBe(201);
    }
  });
  afterAll(async () => {
    await api.close();
  });

  describe('storing', () => {
    it('stores a batch with explicit ids, placements and timestamps, exactly as sent', async () => {
      const response = await post({
        impressions: [
          {
            id: 'imp_001',
            customerId: 'C_EXPLICIT',
            offerId: 'offer_a',
            creativeId: 'creative_a',
            placement: 'homepage_hero',
            timestamp: '2026-03-15T10:30:00.000Z',
          },
          { id: 'imp_002', customerId: 'C_EXPLICIT', offerId: 'offer_b', timestamp: '2026-03-15T11:30:00.5+01:00' },
        ],
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ accepted: 2, duplicates: 0, suppressed: 0 });
      expect(await rowsOf('C_EXPLICIT')).toEqual([
        {
          id: 'imp_001',
          offerId: 'offer_a',
          creativeId: 'creative_a',
          placement: 'homepage_hero',
          occurredAt: '2026-03-15T10:30:00.000Z',
        },
        {
          id: 'imp_002',
          offerId: 'offer_b',
          creativeId: null,
          placement: null,
          occurredAt: '2026-03-15T10:30:00.500Z',
        },
      ]);
    });

    it('generates imp_ ids and defaults the timestamp to now', async () => {
      const before = Date.now();
      const response = await post({
        impressions: [
          { customerId: 'C_GENERATED', offerId: 'offer_a' },
          { customerId: 'C_GENERATED', offerId: 'offer_a', creativeId: 'creative_a' },
        ],
      });
      const after = Date.now();
      expect(response.body).toEqual({ accepted: 2, duplicates: 0, suppressed: 0 });
      const rows = await rowsOf('C_GENERATED');
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.id).toMatch(/^imp_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const at = Date.parse(row.occurredAt);
        expect(at).toBeGreaterThanOrEqual(before - 2_000);
        expect(at).toBeLessThanOrEqual(after + 2_000);
      }
      expect(rows[0].id).not.toBe(rows[1].id);
    });

    it('leaves interaction history and its summary alone', async () => {
      await post({ impressions: [{ customerId: 'C_ONLY_IMPRESSIONS', offerId: 'offer_a' }] });
      const [{ history, summary }] = await db.query(
        `SELECT (SELECT count(*)::int FROM interaction_history) AS history,
                (SELECT count(*)::int FROM customer_interaction_summary) AS summary`,
      );
      expect({ history, summary }).toEqual({ history: 0, summary: 0 });
    });

    it('takes exactly 1000 items', async () => {
      const impressions = Array.from({ length: 1000 }, (_, i) => ({
        id: `big_${i}`,
        customerId: `C_BIG_${i % 10}`,
        offerId: i % 2 ? 'offer_a' : 'offer_b',
        placement: 'x'.repeat(200),
      }));
      expect((await post({ impressions }, ['admin'])).body).toEqual({ accepted: 1000, duplicates: 0, suppressed: 0 });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM impression WHERE customer_id LIKE 'C\\_BIG\\_%'`);
      expect(n).toBe(1000);
    });
  });

  describe('idempotency', () => {
    const batch = [
      { id: 'rp_1', customerId: 'C_REPLAY', offerId: 'offer_a', placement: 'top' },
      { id: 'rp_2', customerId: 'C_REPLAY', offerId: 'offer_a', creativeId: 'creative_a' },
      { id: 'rp_1', customerId: 'C_REPLAY_2', offerId: 'offer_b' },
    ].map((item) => ({ ...item, timestamp: '2026-05-01T08:00:00.000Z' }));

    it('a replayed batch stores nothing and counts every item as a duplicate', async () => {
      expect((await post({ impressions: batch })).body).toEqual({ accepted: 3, duplicates: 0, suppressed: 0 });
      const before = await countAll();
      expect((await post({ impressions: batch })).body).toEqual({ accepted: 0, duplicates: 3, suppressed: 0 });
      expect(await countAll()).toBe(before);
    });

    it('a replay with another timestamp or placement is still a duplicate and changes nothing', async () => {
      const stored = await rowsOf('C_REPLAY');
      const moved = batch.map((item) => ({ ...item, placement: 'elsewhere', timestamp: '2026-06-01T00:00:00Z' }));
      expect((await post({ impressions: moved })).body).toEqual({ accepted: 0, duplicates: 3, suppressed: 0 });
      expect(await rowsOf('C_REPLAY')).toEqual(stored);
    });

    it('counts a repeat within one batch once; the first occurrence wins', async () => {
      const response = await post({
        impressions: [
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_a', placement: 'first' },
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_b', placement: 'second' },
          { id: 'dup_2', customerId: 'C_INBATCH', offerId: 'offer_a' },
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_a', placement: 'third' },
        ],
      });
      expect(response.body).toEqual({ accepted: 2, duplicates: 2, suppressed: 0 });
      expect((await rowsOf('C_INBATCH')).map((r) => [r.id, r.offerId, r.placement])).toEqual([
        ['dup_1', 'offer_a', 'first'],
        ['dup_2', 'offer_a', null],
      ]);
    });
  });

  describe('all or nothing', () => {
    it.each([
      [
        'an unknown offer',
        { offerId: 'offer_missing' },
        [{ field: 'impressions.1.offerId', message: 'offer offer_missing does not exist' }],
      ],
      [
        'an unknown creative',
        { creativeId: 'creative_missing' },
        [{ field: 'impressions.1.creativeId', message: 'creative creative_missing does not exist' }],
      ],
      [
        'a creative of another offer',
        { creativeId: 'creative_b' },
        [{ field: 'impressions.1.creativeId', message: 'creative creative_b belongs to offer offer_b, not offer_a' }],
      ],
    ])('a batch of 3 with %s is 422 naming the item, and stores nothing', async (_case, bad, errors) => {
      const before = await countAll();
      const item = { customerId: 'C_ATOMIC', offerId: 'offer_a' };
      const problem = expectProblem(await post({ impressions: [item, { ...item, ...bad }, item] }), 422);
      expect(problem.errors).toEqual(errors);
      expect(await countAll()).toBe(before);
      expect(await rowsOf('C_ATOMIC')).toEqual([]);
    });
  });

  describe('validation', () => {
    const ok = { customerId: 'C_INVALID', offerId: 'offer_a' };
    const at = (timestamp: unknown) => ({ impressions: [ok, { ...ok, timestamp }] });

    it.each([
      ['an empty array', { impressions: [] }, 'impressions'],
      ['1001 items', { impressions: Array.from({ length: 1001 }, () => ok) }, 'impressions'],
      ['a missing array', {}, 'impressions'],
      ['a string instead of an array', { impressions: 'x' }, 'impressions'],
      ['the interactions key', { interactions: [ok] }, 'interactions'],
      ['null as an item', { impressions: [null] }, 'impressions.0'],
      ['a missing customerId', { impressions: [ok, { offerId: 'offer_a' }] }, 'impressions.1.customerId'],
      ['a missing offerId', { impressions: [{ customerId: 'C' }] }, 'impressions.0.offerId'],
      ['an id with a space', { impressions: [{ ...ok, id: 'a b' }] }, 'impressions.0.id'],
      [
        'a 129-character customerId',
        { impressions: [{ ...ok, customerId: 'c'.repeat(129) }] },
        'impressions.0.customerId',
      ],
      ['a bad creativeId', { impressions: [{ ...ok, creativeId: 'cr/1' }] }, 'impressions.0.creativeId'],
      [
        'a 201-character placement',
        { impressions: [{ ...ok, placement: 'p'.repeat(201) }] },
        'impressions.0.placement',
      ],
      ['an empty placement', { impressions: [{ ...ok, placement: '' }] }, 'impressions.0.placement'],
      ['a numeric placement', { impressions: [{ ...ok, placement: 3 }] }, 'impressions.0.placement'],
      ['an interactionType', { impressions: [{ ...ok, interactionType: 'click' }] }, 'impressions.0.interactionType'],
      ['a garbage timestamp', at('now'), 'impressions.1.timestamp'],
      ['a time without an offset', at('2026-03-15T10:30:00'), 'impressions.1.timestamp'],
      ['February 30th', at('2026-02-30T10:00:00Z'), 'impressions.1.timestamp'],
      ['a timestamp before 2000', at('1999-12-31T23:59:59Z'), 'impressions.1.timestamp'],
      ['a timestamp 25 hours ahead', at(new Date(Date.now() + 25 * HOUR).toISOString()), 'impressions.1.timestamp'],
      ['an unknown item field', { impressions: [{ ...ok, colour: 'red' }] }, 'impressions.0.colour'],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, body, field) => {
      const before = await countAll();
      expectProblem(await post(body), 400, [field]);
      expect(await countAll()).toBe(before);
    });
  });

  describe('access', () => {
    const body = { impressions: [{ customerId: 'C_ROLES', offerId: 'offer_a' }] };

    it('refuses viewers (403) and anonymous callers (401), storing nothing', async () => {
      expectProblem(await post(body, ['viewer']), 403);
      expectProblem(await call(api, 'POST', PATH, { body }), 401);
      expect(await rowsOf('C_ROLES')).toEqual([]);
    });

    it.each([['admin'], ['editor']])('lets %s write', async (role) => {
      const response = await post(body, [role]);
      expect(response.status).toBe(200);
      expect(response.body.accepted).toBe(1);
    });
  });

  describe('suppression', () => {
    it('skips suppressed customers, counting them, and stores the others', async () => {
      await db.query(`INSERT INTO suppression (customer_hash, created_by) VALUES ($1, 'test')`, [
        api.app.get(CustomerHasher).hash('C_ERASED'),
      ]);
      const response = await post({
        impressions: [
          { id: 's1', customerId: 'C_ERASED', offerId: 'offer_a' },
          { id: 's1', customerId: 'C_KEPT', offerId: 'offer_a' },
          { customerId: 'C_ERASED', offerId: 'offer_b' },
        ],
      });
      expect(response.body).toEqual({ accepted: 1, duplicates: 0, suppressed: 2 });
      expect(await rowsOf('C_ERASED')).toEqual([]);
      expect((await rowsOf('C_KEPT')).map((r) => r.id)).toEqual(['s1']);
    });
  });

  describe('concurrency', () => {
    it('5 concurrent identical batches store each impression exactly once', async () => {
      const n = 60;
      const impressions = Array.from({ length: n }, (_, i) => ({
        id: `cc_${i}`,
        customerId: `C_CONC_${i % 6}`,
        offerId: i % 2 ? 'offer_a' : 'offer_b',
        timestamp: new Date(Date.UTC(2026, 6, 1) + i * 1000).toISOString(),
      }));
      const batches = Array.from({ length: 5 }, (_, k) =>
        k % 2 ? [...impressions].reverse() : impressions.slice(k * 7).concat(impressions.slice(0, k * 7)),
      );
      const responses = await Promise.all(batches.map((batch) => post({ impressions: batch })));
      for (const response of responses) expect(response.status).toBe(200);
      const accepted = responses.reduce((sum, r) => sum + (r.body.accepted as number), 0);
      const duplicates = responses.reduce((sum, r) => sum + (r.body.duplicates as number), 0);
      expect({ accepted, duplicates }).toEqual({ accepted: n, duplicates: 4 * n });
      const [{ rows }] = await db.query(
        `SELECT count(*)::int AS rows FROM impression WHERE customer_id LIKE 'C\\_CONC\\_%'`,
      );
      expect(rows).toBe(n);
    });

    it('concurrent replays with other timestamps (which the primary key cannot catch) store nothing twice', async () => {
      const n = 200;
      for (let round = 0; round < 3; round++) {
        const batches = Array.from({ length: 5 }, (_, k) =>
          Array.from({ length: n }, (_, i) => ({
            id: `race_${round}_${i}`,
            customerId: `C_RACE_${i % 4}`,
            offerId: 'offer_a',
            timestamp: new Date(Date.UTC(2026, 7, 1) + k * HOUR + i * 1000).toISOString(),
          })),
        );
        const responses = await Promise.all(batches.map((batch) => post({ impressions: batch })));
        expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
        expect(responses.reduce((sum, r) => sum + (r.body.accepted as number), 0)).toBe(n);
      }
      const [{ rows, ids }] = await db.query(
        `SELECT count(*)::int AS rows, count(DISTINCT (customer_id, id))::int AS ids
         FROM impression WHERE customer_id LIKE 'C\\_RACE\\_%'`,
      );
      expect({ rows, ids }).toEqual({ rows: 3 * n, ids: 3 * n });
    });
  });
});
