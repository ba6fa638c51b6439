import { DataSource } from 'typeorm';
import { CustomerHasher } from '../../src/modules/privacy/customer-hasher.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const PATH = '/api/v1/interactions';
const HOUR = 60 * 60 * 1000;

interface StoredRow {
  id: string;
  offerId: string;
  creativeId: string | null;
  interactionType: string;
  occurredAt: string;
}

/** customer_interaction_summary and the same numbers aggregated live from the history. */
const SUMMARY_SQL = `
  SELECT customer_id, offer_id, impressions, clicks, dismisses, conversions, last_interaction_at
  FROM customer_interaction_summary ORDER BY 1, 2`;
const LIVE_SUMMARY_SQL = `
  SELECT customer_id, offer_id,
         count(*) FILTER (WHERE interaction_type = 'impression')::int AS impressions,
         count(*) FILTER (WHERE interaction_type = 'click')::int AS clicks,
         count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismisses,
         count(*) FILTER (WHERE interaction_type = 'convert')::int AS conversions,
         max(occurred_at) AS last_interaction_at
  FROM interaction_history GROUP BY 1, 2 ORDER BY 1, 2`;

describe('POST /interactions', () => {
  let api: TestApp;
  let db: DataSource;

  const post = (body: unknown, roles: string[] = ['editor']) => call(api, 'POST', PATH, { roles, body });

  async function rowsOf(customerId: string): Promise<StoredRow[]> {
    const rows = await db.query<(Omit<StoredRow, 'occurredAt'> & { occurredAt: Date })[]>(
      `SELECT id, offer_id AS "offerId", creative_id AS "creativeId", interaction_type AS "interactionType",
              occurred_at AS "occurredAt"
       FROM interaction_history WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
    return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
  }

  const countAll = async (): Promise<number> =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM interaction_history`))[0].n;
  const summary = () => db.query<Record<string, unknown>[]>(SUMMARY_SQL);

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    const admin = { roles: ['admin'] };
    await call(api, 'PUT', '/api/v1/channels/ch_email', { ...admin, body: { name: 'Marketing Email' } });
    for (const offer of ['offer_a', 'offer_b']) {
      await call(api, 'PUT', `/api/v1/offers/${offer}`, { ...admin, body: OFFER });
    }
    for (const [creative, offerId] of [
      ['creative_a', 'offer_a'],
      ['creative_b', 'offer_b'],
    ]) {
      const put = await call(api, 'PUT', `/api/v1/creatives/${creative}`, {
        ...admin,
        body: { name: creative, offerId, channelId: 'ch_email' },
      });
      expect(put.status).toBe(201);
    }
  });
  afterAll(async () => {
    await api.close();
  });

  describe('storing', () => {
    it('stores a batch with explicit ids and timestamps, exactly as sent', async () => {
      const interactions = [
        {
          id: 'ih_001',
          customerId: 'C_EXPLICIT',
          offerId: 'offer_a',
          creativeId: 'creative_a',
          interactionType: 'impression',
          timestamp: '2026-03-15T10:30:00.000Z',
        },
        {
          id: 'ih_002',
          customerId: 'C_EXPLICIT',
          offerId: 'offer_a',
          interactionType: 'click',
          timestamp: '2026-03-15T12:31:00.250+02:00',
        },
        {
          id: 'ih_003',
          customerId: 'C_EXPLICIT',
          offerId: 'offer_b',
          creativeId: 'creative_b',
          interactionType: 'convert',
          timestamp: '2026-03-16T00:00:00.123456Z',
        },
      ];
      const response = await post({ interactions });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ accepted: 3, duplicates: 0, suppressed: 0 });
      expect(await rowsOf('C_EXPLICIT')).toEqual([
        {
          id: 'ih_001',
          offerId: 'offer_a',
          creativeId: 'creative_a',
          interactionType: 'impression',
          occurredAt: '2026-03-15T10:30:00.000Z',
        },
        {
          id: 'ih_002',
          offerId: 'offer_a',
          creativeId: null,
          interactionType: 'click',
          occurredAt: '2026-03-15T10:31:00.250Z',
        },
        {
          id: 'ih_003',
          offerId: 'offer_b',
          creativeId: 'creative_b',
          interactionType: 'convert',
          occurredAt: '2026-03-16T00:00:00.123Z',
        },
      ]);
      expect(
        await db.query(
          `SELECT offer_id, impressions, clicks, dismisses, conversions, last_interaction_at
           FROM customer_interaction_summary WHERE customer_id = $1 ORDER BY offer_id`,
          ['C_EXPLICIT'],
        ),
      ).toEqual([
        {
          offer_id: 'offer_a',
          impressions: 1,
          clicks: 1,
          dismisses: 0,
          conversions: 0,
          last_interaction_at: new Date('2026-03-15T10:31:00.250Z'),
        },
        {
          offer_id: 'offer_b',
          impressions: 0,
          clicks: 0,
          dismisses: 0,
          conversions: 1,
          last_interaction_at: new Date('2026-03-16T00:00:00.123Z'),
        },
      ]);
    });

    it('generates ih_ ids and defaults the timestamp to now', async () => {
      const before = Date.now();
      const response = await post({
        interactions: [
          { customerId: 'C_GENERATED', offerId: 'offer_a', interactionType: 'impression' },
          { customerId: 'C_GENERATED', offerId: 'offer_a', interactionType: 'impression' },
        ],
      });
      const after = Date.now();
      expect(response.body).toEqual({ accepted: 2, duplicates: 0, suppressed: 0 });
      const rows = await rowsOf('C_GENERATED');
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.id).toMatch(/^ih_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const at = Date.parse(row.occurredAt);
        expect(at).toBeGreaterThanOrEqual(before - 2_000);
        expect(at).toBeLessThanOrEqual(after + 2_000);
      }
      expect(rows[0].id).not.toBe(rows[1].id);
    });

    it('takes exactly 1000 items and up to 24 hours of clock skew', async () => {
      const interactions = Array.from({ length: 1000 }, (_, i) => ({
        id: `big_${i}`,
        customerId: `C_BIG_${i % 10}`,
        offerId: i % 2 ? 'offer_a' : 'offer_b',
        interactionType: 'dismiss',
        timestamp: new Date(Date.now() + 23 * HOUR).toISOString(),
      }));
      const response = await post({ interactions }, ['admin']);
      expect(response.body).toEqual({ accepted: 1000, duplicates: 0, suppressed: 0 });
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM interaction_history WHERE customer_id LIKE 'C\\_BIG\\_%'`,
      );
      expect(n).toBe(1000);
    });
  });

  describe('idempotency', () => {
    const batch = [
      { id: 'rp_1', customerId: 'C_REPLAY', offerId: 'offer_a', interactionType: 'impression' },
      { id: 'rp_2', customerId: 'C_REPLAY', offerId: 'offer_a', creativeId: 'creative_a', interactionType: 'click' },
      { id: 'rp_3', customerId: 'C_REPLAY_2', offerId: 'offer_b', interactionType: 'convert' },
    ].map((item) => ({ ...item, timestamp: '2026-05-01T08:00:00.000Z' }));

    it('a replayed batch stores nothing and counts every item as a duplicate', async () => {
      expect((await post({ interactions: batch })).body).toEqual({ accepted: 3, duplicates: 0, suppressed: 0 });
      const rowsBefore = await countAll();
      const summaryBefore = await summary();
      expect((await post({ interactions: batch })).body).toEqual({ accepted: 0, duplicates: 3, suppressed: 0 });
      expect(await countAll()).toBe(rowsBefore);
      expect(await summary()).toEqual(summaryBefore);
    });

    it('a replay with another timestamp (or type) is still a duplicate and changes nothing', async () => {
      const stored = await rowsOf('C_REPLAY');
      const summaryBefore = await summary();
      const moved = batch.map((item) => ({ ...item, interactionType: 'dismiss', timestamp: '2026-06-01T00:00:00Z' }));
      expect((await post({ interactions: moved })).body).toEqual({ accepted: 0, duplicates: 3, suppressed: 0 });
      expect(await rowsOf('C_REPLAY')).toEqual(stored);
      expect(await summary()).toEqual(summaryBefore);
    });

    it('counts a repeat within one batch once; the first occurrence wins', async () => {
      const response = await post({
        interactions: [
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_a', interactionType: 'click' },
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_a', interactionType: 'convert' },
          { id: 'dup_2', customerId: 'C_INBATCH', offerId: 'offer_a', interactionType: 'impression' },
          { id: 'dup_1', customerId: 'C_INBATCH', offerId: 'offer_b', interactionType: 'dismiss' },
          // the same id for another customer is another interaction
          { id: 'dup_1', customerId: 'C_INBATCH_OTHER', offerId: 'offer_a', interactionType: 'click' },
        ],
      });
      expect(response.body).toEqual({ accepted: 3, duplicates: 2, suppressed: 0 });
      expect((await rowsOf('C_INBATCH')).map((r) => [r.id, r.offerId, r.interactionType])).toEqual([
        ['dup_1', 'offer_a', 'click'],
        ['dup_2', 'offer_a', 'impression'],
      ]);
      expect(await rowsOf('C_INBATCH_OTHER')).toHaveLength(1);
      const [row] = await db.query(
        `SELECT impressions, clicks, dismisses, conversions FROM customer_interaction_summary
         WHERE customer_id = 'C_INBATCH'`,
      );
      expect(row).toEqual({ impressions: 1, clicks: 1, dismisses: 0, conversions: 0 });
    });
  });

  describe('all or nothing', () => {
    it.each([
      [
        'an unknown offer',
        { offerId: 'offer_missing' },
        [{ field: 'interactions.1.offerId', message: 'offer offer_missing does not exist' }],
      ],
      [
        'an unknown creative',
        { creativeId: 'creative_missing' },
        [{ field: 'interactions.1.creativeId', message: 'creative creative_missing does not exist' }],
      ],
      [
        'a creative of another offer',
        { creativeId: 'creative_b' },
        [{ field: 'interactions.1.creativeId', message: 'creative creative_b belongs to offer offer_b, not offer_a' }],
      ],
    ])('a batch of 3 with %s is 422 naming the item, and stores nothing', async (_case, bad, errors) => {
      const rowsBefore = await countAll();
      const summaryBefore = await summary();
      const item = { customerId: 'C_ATOMIC', offerId: 'offer_a', interactionType: 'click' };
      const response = await post({ interactions: [item, { ...item, ...bad }, item] });
      const problem = expectProblem(response, 422);
      expect(problem.errors).toEqual(errors);
      expect(problem.detail).toContain('nothing was stored');
      expect(await countAll()).toBe(rowsBefore);
      expect(await rowsOf('C_ATOMIC')).toEqual([]);
      expect(await summary()).toEqual(summaryBefore);
    });

    it('names every bad item, whichever customer it belongs to', async () => {
      const response = await post({
        interactions: [
          { customerId: 'C_ATOMIC', offerId: 'offer_a', interactionType: 'click' },
          { customerId: 'C_ATOMIC', offerId: 'nope', interactionType: 'click' },
          { customerId: 'C_ATOMIC_2', offerId: 'offer_a', creativeId: 'creative_b', interactionType: 'click' },
          { customerId: 'C_ATOMIC_3', offerId: 'also_nope', creativeId: 'gone', interactionType: 'click' },
        ],
      });
      expectProblem(response, 422);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'interactions.1.offerId',
        'interactions.2.creativeId',
        'interactions.3.offerId',
        'interactions.3.creativeId',
      ]);
      expect(await rowsOf('C_ATOMIC')).toEqual([]);
    });
  });

  describe('validation', () => {
    const ok = { customerId: 'C_INVALID', offerId: 'offer_a', interactionType: 'click' };
    const at = (timestamp: unknown) => ({ interactions: [ok, { ...ok, timestamp }] });

    it.each([
      ['an empty array', { interactions: [] }, 'interactions'],
      ['1001 items', { interactions: Array.from({ length: 1001 }, () => ok) }, 'interactions'],
      ['a missing array', {}, 'interactions'],
      ['a string instead of an array', { interactions: 'click' }, 'interactions'],
      ['an object instead of an array', { interactions: ok }, 'interactions'],
      ['a number as an item', { interactions: [ok, 42] }, 'interactions.1'],
      ['null as an item', { interactions: [ok, null] }, 'interactions.1'],
      [
        'a missing customerId',
        { interactions: [ok, { offerId: 'offer_a', interactionType: 'click' }] },
        'interactions.1.customerId',
      ],
      [
        'a missing offerId',
        { interactions: [{ customerId: 'C', interactionType: 'click' }] },
        'interactions.0.offerId',
      ],
      ['a customerId with a space', { interactions: [{ ...ok, customerId: 'C 1' }] }, 'interactions.0.customerId'],
      ['an id with a slash', { interactions: [ok, ok, { ...ok, id: 'a/b' }] }, 'interactions.2.id'],
      ['a 129-character id', { interactions: [{ ...ok, id: 'x'.repeat(129) }] }, 'interactions.0.id'],
      ['an empty id', { interactions: [{ ...ok, id: '' }] }, 'interactions.0.id'],
      ['a numeric offerId', { interactions: [{ ...ok, offerId: 7 }] }, 'interactions.0.offerId'],
      ['a bad creativeId', { interactions: [{ ...ok, creativeId: 'cr#1' }] }, 'interactions.0.creativeId'],
      ['an unknown type', { interactions: [{ ...ok, interactionType: 'view' }] }, 'interactions.0.interactionType'],
      ['a missing type', { interactions: [{ customerId: 'C', offerId: 'offer_a' }] }, 'interactions.0.interactionType'],
      ['a garbage timestamp', at('yesterday'), 'interactions.1.timestamp'],
      ['a date without a time', at('2026-03-15'), 'interactions.1.timestamp'],
      ['a time without an offset', at('2026-03-15T10:30:00'), 'interactions.1.timestamp'],
      ['a non-ISO date', at('15/03/2026 10:30'), 'interactions.1.timestamp'],
      ['an RFC 2822 date', at('Sun, 15 Mar 2026 10:30:00 GMT'), 'interactions.1.timestamp'],
      ['February 30th', at('2026-02-30T10:00:00Z'), 'interactions.1.timestamp'],
      ['February 29th of a common year', at('2025-02-29T10:00:00Z'), 'interactions.1.timestamp'],
      ['month 13', at('2026-13-01T10:00:00Z'), 'interactions.1.timestamp'],
      ['hour 24', at('2026-03-15T24:00:00Z'), 'interactions.1.timestamp'],
      ['a numeric timestamp', at(1773570600000), 'interactions.1.timestamp'],
      ['a timestamp before 2000', at('1999-12-31T23:59:59.999Z'), 'interactions.1.timestamp'],
      ['a timestamp 25 hours ahead', at(new Date(Date.now() + 25 * HOUR).toISOString()), 'interactions.1.timestamp'],
      ['a timestamp in year 9999', at('9999-01-01T00:00:00Z'), 'interactions.1.timestamp'],
      ['an unknown item field', { interactions: [{ ...ok, colour: 'red' }] }, 'interactions.0.colour'],
      ['an unknown top-level field', { interactions: [ok], source: 'crm' }, 'source'],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, body, field) => {
      const rowsBefore = await countAll();
      const problem = expectProblem(await post(body), 400, [field]);
      expect(problem.type).toBe('urn:customer-data-api:problem:validation');
      expect(await countAll()).toBe(rowsBefore);
    });

    it('says once what is wrong with the array itself', async () => {
      expect((await post({})).body.errors).toEqual([{ field: 'interactions', message: 'interactions is required' }]);
      expect((await post({ interactions: [] })).body.errors).toEqual([
        { field: 'interactions', message: 'interactions must hold at least 1 item(s)' },
      ]);
      const tooMany = { interactions: Array.from({ length: 1001 }, () => ok) };
      expect((await post(tooMany)).body.errors).toEqual([
        { field: 'interactions', message: 'interactions must hold at most 1000 items' },
      ]);
    });

    it('accepts a leap day and timezone offsets', async () => {
      const response = await post({
        interactions: [
          { ...ok, customerId: 'C_VALID_TS', timestamp: '2024-02-29T23:30:00-01:00' },
          { ...ok, customerId: 'C_VALID_TS', timestamp: '2000-01-01T00:00:00Z' },
        ],
      });
      expect(response.body).toEqual({ accepted: 2, duplicates: 0, suppressed: 0 });
      expect((await rowsOf('C_VALID_TS')).map((r) => r.occurredAt).sort()).toEqual([
        '2000-01-01T00:00:00.000Z',
        '2024-03-01T00:30:00.000Z',
      ]);
    });

    it('rejects a body that is not JSON', async () => {
      const response = await call(api, 'POST', PATH, {
        roles: ['editor'],
        rawBody: '{"interactions": [',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400);
    });
  });

  describe('access', () => {
    const body = { interactions: [{ customerId: 'C_ROLES', offerId: 'offer_a', interactionType: 'click' }] };

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

  describe('customer_interaction_summary', () => {
    it('equals the history aggregated live after mixed batches, replays and out-of-order timestamps', async () => {
      const types = ['impression', 'click', 'dismiss', 'convert'];
      const day = Date.UTC(2026, 4, 10);
      for (let b = 0; b < 4; b++) {
        const interactions = Array.from({ length: 40 }, (_, i) => ({
          id: `sum_${b}_${i}`,
          customerId: `C_SUM_${i % 3}`,
          offerId: (i + b) % 2 ? 'offer_a' : 'offer_b',
          interactionType: types[(i * 7 + b) % 4],
          // later batches carry older timestamps too: first/last must widen both ways
          timestamp: new Date(day + ((i * 37) % 11) * HOUR - b * 50 * HOUR).toISOString(),
        }));
        expect((await post({ interactions })).body.accepted).toBe(40);
        // an overlapping replay: half old, half new
        const replay = interactions.slice(20).concat(interactions.slice(0, 5).map((x) => ({ ...x, id: `${x.id}_r` })));
        expect((await post({ interactions: replay })).body).toEqual({ accepted: 5, duplicates: 20, suppressed: 0 });
      }
      expect(await summary()).toEqual(await db.query(LIVE_SUMMARY_SQL));
    });
  });

  describe('suppression', () => {
    it('skips suppressed customers, counting them, and stores the others', async () => {
      const hasher = api.app.get(CustomerHasher);
      await db.query(`INSERT INTO suppression (customer_hash, created_by) VALUES ($1, 'test')`, [
        hasher.hash('C_ERASED'),
      ]);
      const summaryRows = async () =>
        db.query(`SELECT * FROM customer_interaction_summary WHERE customer_id IN ('C_ERASED', 'C_KEPT')`);
      const response = await post({
        interactions: [
          { id: 's1', customerId: 'C_ERASED', offerId: 'offer_a', interactionType: 'click' },
          { id: 's1', customerId: 'C_KEPT', offerId: 'offer_a', interactionType: 'click' },
          { id: 's2', customerId: 'C_ERASED', offerId: 'offer_b', interactionType: 'convert' },
        ],
      });
      expect(response.body).toEqual({ accepted: 1, duplicates: 0, suppressed: 2 });
      expect(await rowsOf('C_ERASED')).toEqual([]);
      expect((await rowsOf('C_KEPT')).map((r) => r.id)).toEqual(['s1']);
      expect((await summaryRows()).map((r: { customer_id: string }) => r.customer_id)).toEqual(['C_KEPT']);

      const onlySuppressed = await post({
        interactions: [{ customerId: 'C_ERASED', offerId: 'offer_a', interactionType: 'impression' }],
      });
      expect(onlySuppressed.body).toEqual({ accepted: 0, duplicates: 0, suppressed: 1 });
      expect(await rowsOf('C_ERASED')).toEqual([]);
    });
  });

  describe('concurrency', () => {
    it('5 concurrent identical batches store each interaction exactly once', async () => {
      const n = 60;
      const interactions = Array.from({ length: n }, (_, i) => ({
        id: `cc_${i}`,
        customerId: `C_CONC_${i % 6}`,
        offerId: i % 2 ? 'offer_a' : 'offer_b',
        interactionType: i % 3 ? 'impression' : 'click',
        timestamp: new Date(Date.UTC(2026, 6, 1) + i * 1000).toISOString(),
      }));
      // each request sends the items in a different order: the locks must not deadlock
      const batches = Array.from({ length: 5 }, (_, k) =>
        k % 2 ? [...interactions].reverse() : interactions.slice(k * 7).concat(interactions.slice(0, k * 7)),
      );
      const responses = await Promise.all(batches.map((batch) => post({ interactions: batch })));
      for (const response of responses) expect(response.status).toBe(200);
      const accepted = responses.reduce((sum, r) => sum + (r.body.accepted as number), 0);
      const duplicates = responses.reduce((sum, r) => sum + (r.body.duplicates as number), 0);
      expect({ accepted, duplicates }).toEqual({ accepted: n, duplicates: 4 * n });
      const [{ rows }] = await db.query(
        `SELECT count(*)::int AS rows FROM interaction_history WHERE customer_id LIKE 'C\\_CONC\\_%'`,
      );
      expect(rows).toBe(n);
      const [{ total }] = await db.query(
        `SELECT sum(impressions + clicks + dismisses + conversions)::int AS total
         FROM customer_interaction_summary WHERE customer_id LIKE 'C\\_CONC\\_%'`,
      );
      expect(total).toBe(n);
      expect(await summary()).toEqual(await db.query(LIVE_SUMMARY_SQL));
    });

    it('concurrent replays with other timestamps (which the primary key cannot catch) store nothing twice', async () => {
      const n = 200;
      for (let round = 0; round < 3; round++) {
        const batches = Array.from({ length: 5 }, (_, k) =>
          Array.from({ length: n }, (_, i) => ({
            id: `race_${round}_${i}`,
            customerId: `C_RACE_${i % 4}`,
            offerId: 'offer_a',
            interactionType: 'click',
            timestamp: new Date(Date.UTC(2026, 7, 1) + k * HOUR + i * 1000).toISOString(),
          })),
        );
        const responses = await Promise.all(batches.map((batch) => post({ interactions: batch })));
        expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
        expect(responses.reduce((sum, r) => sum + (r.body.accepted as number), 0)).toBe(n);
      }
      const [{ rows, ids }] = await db.query(
        `SELECT count(*)::int AS rows, count(DISTINCT (customer_id, id))::int AS ids
         FROM interaction_history WHERE customer_id LIKE 'C\\_RACE\\_%'`,
      );
      expect({ rows, ids }).toEqual({ rows: 3 * n, ids: 3 * n });
      expect(await summary()).toEqual(await db.query(LIVE_SUMMARY_SQL));
    });
  });
});
