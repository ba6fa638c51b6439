import pg from 'pg';
import { DataSource } from 'typeorm';
import { ROLLUP_LOCK, WRITE_FENCE_LOCK } from '../../src/database/advisory-locks.js';
import { DemoSeeder } from '../../src/database/seed/demo-seeder.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The materialized summaries' write side: the refresh, the write fence, erasure's
 * adjustments, the per-customer totals, and several instances refreshing one database.
 *
 * The invariant checked throughout: each rollup equals a GROUP BY over the interaction
 * history rows with seq <= watermark, computed here independently of the app's SQL (buckets
 * by date_trunc in UTC, not date_bin); after a refresh with no writes in flight the
 * watermark is max(seq), so the rollups cover every row. The database runs in a time zone
 * that is not UTC and not a whole number of hours from it, so a bucket that depended on the
 * session's zone would show.
 */
const OFFER = { name: 'Offer', issue: 'Cards', group: 'Premium', status: 'active', priority: 50 };
const TYPES = ['impression', 'click', 'dismiss', 'convert'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const COUNTS = `
  count(*) FILTER (WHERE interaction_type = 'impression')::int AS impressions,
  count(*) FILTER (WHERE interaction_type = 'click')::int AS clicks,
  count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismisses,
  count(*) FILTER (WHERE interaction_type = 'convert')::int AS conversions`;
const COVERED = `seq <= (SELECT watermark FROM summary_refresh_state WHERE id = 1)`;
const STORED = `impressions::int, clicks::int, dismisses::int, conversions::int`;

/** What each rollup should hold, from the raw rows, and what it holds. */
const ROLLUPS = {
  hour: {
    expected: `
      SELECT extract(epoch FROM date_trunc('hour', occurred_at AT TIME ZONE 'UTC'))::bigint::text AS bucket,
             offer_id, coalesce(creative_id, '') AS creative_key, ${COUNTS}
      FROM interaction_history WHERE ${COVERED} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    actual: `
      SELECT extract(epoch FROM bucket)::bigint::text AS bucket, offer_id, creative_key, ${STORED}
      FROM summary_rollup_hour ORDER BY 1, 2, 3`,
  },
  day: {
    expected: `
      SELECT extract(epoch FROM date_trunc('day', occurred_at AT TIME ZONE 'UTC'))::bigint::text AS bucket,
             offer_id, coalesce(creative_id, '') AS creative_key, ${COUNTS}
      FROM interaction_history WHERE ${COVERED} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    actual: `
      SELECT extract(epoch FROM bucket)::bigint::text AS bucket, offer_id, creative_key, ${STORED}
      FROM summary_rollup_day ORDER BY 1, 2, 3`,
  },
  total: {
    expected: `
      SELECT offer_id, coalesce(creative_id, '') AS creative_key, ${COUNTS}
      FROM interaction_history WHERE ${COVERED} GROUP BY 1, 2 ORDER BY 1, 2`,
    actual: `SELECT offer_id, creative_key, ${STORED} FROM summary_rollup_total ORDER BY 1, 2`,
  },
  customerDay: {
    expected: `
      SELECT customer_id, extract(epoch FROM date_trunc('day', occurred_at AT TIME ZONE 'UTC'))::bigint::text AS bucket,
             ${COUNTS}
      FROM interaction_history WHERE ${COVERED} GROUP BY 1, 2 ORDER BY 1, 2`,
    actual: `
      SELECT customer_id, extract(epoch FROM bucket)::bigint::text AS bucket, ${STORED}
      FROM customer_rollup_day ORDER BY 1, 2`,
  },
};

const CUSTOMER_TOTALS = {
  expected: `SELECT customer_id, count(*)::int AS total FROM interaction_history GROUP BY 1 ORDER BY 1`,
  actual: `SELECT customer_id, total::int AS total FROM customer_interaction_total ORDER BY 1`,
};

interface Interaction {
  id: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: (typeof TYPES)[number];
  timestamp: string;
}

interface RefreshBody {
  rowsProcessed: number;
  durationMs: number;
  watermark: number;
  refreshedAt: string;
  startedAt: string;
  finishedAt: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('summary refresh (materialized rollups, write side)', () => {
  let url: string;
  let api: TestApp;
  let db: pg.Client;
  const admin = { roles: ['admin'] };

  const ingest = (target: TestApp, interactions: Interaction[]) =>
    call(target, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
  const refresh = (target: TestApp = api, roles: string[] = ['admin']): Promise<JsonResponse<RefreshBody>> =>
    call<RefreshBody>(target, 'POST', '/api/v1/interaction-summary/refresh', { roles });
  const erase = (customerId: string) => call(api, 'DELETE', `/api/v1/customers/${customerId}`, admin);

  /**
   * `count` interactions of `customerId`, cycling through both offers, two creatives and
   * none, and every type, `spacing` ms apart going back from `end` (so they span hours and
   * days).
   */
  function interactions(customerId: string, prefix: string, count: number, end: number, spacing = 37 * 60_000) {
    const creatives = [
      { offerId: 'offer_a', creativeId: 'cr_a1' },
      { offerId: 'offer_a' },
      { offerId: 'offer_b', creativeId: 'cr_b1' },
      { offerId: 'offer_b', creativeId: 'cr_b2' },
      { offerId: 'offer_b' },
    ];
    return Array.from({ length: count }, (_, i): Interaction => ({
      id: `${prefix}_${i}`,
      customerId,
      ...creatives[i % creatives.length],
      interactionType: TYPES[(i * 7) % 4],
      timestamp: new Date(end - i * spacing).toISOString(),
    }));
  }

  async function accept(target: TestApp, items: Interaction[], accepted = items.length): Promise<void> {
    const response = await ingest(target, items);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 200,
      body: { accepted, duplicates: items.length - accepted, suppressed: 0 },
    });
  }

  async function refreshed(target: TestApp = api): Promise<RefreshBody> {
    const response = await refresh(target);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function rows(sql: string): Promise<unknown[]> {
    return (await db.query(sql)).rows;
  }

  async function state() {
    const { rows: found } = await db.query<{
      watermark: string;
      refreshedAt: Date | null;
      rowsProcessed: string;
      durationMs: number;
    }>(
      `SELECT watermark::text, refreshed_at AS "refreshedAt", rows_processed::text AS "rowsProcessed",
              duration_ms AS "durationMs"
       FROM summary_refresh_state`,
    );
    expect(found).toHaveLength(1);
    return found[0];
  }

  async function maxSeq(): Promise<number> {
    return Number((await db.query(`SELECT coalesce(max(seq), 0)::text AS m FROM interaction_history`)).rows[0].m);
  }

  /** Every rollup equals the GROUP BY of the rows it covers, and no rollup row is all zeros. */
  async function expectRollupsExact(label: string): Promise<void> {
    for (const [grain, sql] of Object.entries(ROLLUPS)) {
      expect({ label, grain, rows: await rows(sql.actual) }).toEqual({ label, grain, rows: await rows(sql.expected) });
    }
  }

  /**
   * The rollups cover every row: no row is past the watermark. (The watermark can exceed
   * max(seq) once the newest rows are erased; it never moves back.)
   */
  async function expectRollupsComplete(label: string): Promise<void> {
    const watermark = Number((await state()).watermark);
    expect({ label, uncovered: (await maxSeq()) > watermark }).toEqual({ label, uncovered: false });
    await expectRollupsExact(label);
  }

  async function expectCustomerTotalsExact(label: string): Promise<void> {
    expect({ label, totals: await rows(CUSTOMER_TOTALS.actual) }).toEqual({
      label,
      totals: await rows(CUSTOMER_TOTALS.expected),
    });
  }

  /** Polls until a backend of the test database matches `condition` (SQL on pg_stat_activity); its pid, or null after 3 s. */
  async function waitFor(condition: string): Promise<number | null> {
    for (let i = 0; i < 120; i++) {
      const { rows: found } = await db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${condition}`,
      );
      if (found.length > 0) return found[0].pid;
      await sleep(25);
    }
    return null;
  }

  const now = Date.now();

  beforeAll(async () => {
    url = await createTestDatabase();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    // Every session of the app, and this one, runs in a zone 5:30 from UTC.
    await db.query(
      `ALTER DATABASE ${db.escapeIdentifier(new URL(url).pathname.slice(1))} SET timezone = 'Asia/Kolkata'`,
    );
    await db.end();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    api = await startTestApp({}, { databaseUrl: url });

    await call(api, 'PUT', '/api/v1/channels/ch_email', { ...admin, body: { name: 'Email' } });
    await call(api, 'PUT', '/api/v1/channels/ch_web', { ...admin, body: { name: 'Web' } });
    for (const offer of ['offer_a', 'offer_b']) {
      expect((await call(api, 'PUT', `/api/v1/offers/${offer}`, { ...admin, body: OFFER })).status).toBe(201);
    }
    for (const [id, offerId, channelId] of [
      ['cr_a1', 'offer_a', 'ch_email'],
      ['cr_b1', 'offer_b', 'ch_email'],
      ['cr_b2', 'offer_b', 'ch_web'],
    ]) {
      const response = await call(api, 'PUT', `/api/v1/creatives/${id}`, {
        ...admin,
        body: { name: id, offerId, channelId },
      });
      expect(response.status).toBe(201);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await dropTestDatabase(url);
  });

  it('runs the session in a zone that is not a whole number of hours from UTC', async () => {
    expect((await db.query(`SHOW timezone`)).rows[0].TimeZone).toBe('Asia/Kolkata');
  });

  it('refreshes an empty history to watermark 0', async () => {
    const body = await refreshed();
    expect(body).toEqual({
      rowsProcessed: 0,
      durationMs: expect.any(Number),
      watermark: 0,
      refreshedAt: expect.stringMatching(ISO_MILLIS),
      startedAt: expect.stringMatching(ISO_MILLIS),
      finishedAt: expect.stringMatching(ISO_MILLIS),
    });
    await expectRollupsComplete('empty');
  });

  it('processes exactly the rows written since the last refresh', async () => {
    await accept(api, interactions('C1', 'a', 40, now));
    await accept(api, interactions('C2', 'a', 25, now - 3 * HOUR));
    await expectCustomerTotalsExact('after ingest');
    // Nothing refreshed yet: the rollups still hold only what the watermark covers (nothing).
    await expectRollupsExact('before refresh');
    expect(await rows(ROLLUPS.total.actual)).toEqual([]);

    const first = await refreshed();
    expect(first.rowsProcessed).toBe(65);
    expect(first.watermark).toBe(await maxSeq());
    const stored = await state();
    expect(stored).toEqual({
      watermark: String(first.watermark),
      refreshedAt: new Date(first.refreshedAt),
      rowsProcessed: '65',
      durationMs: first.durationMs,
    });
    expect(Date.parse(first.startedAt)).toBeLessThanOrEqual(Date.parse(first.finishedAt));
    expect(Date.parse(first.finishedAt) - Date.parse(first.startedAt)).toBeGreaterThanOrEqual(first.durationMs - 1);
    await expectRollupsComplete('after the first refresh');
    // Interactions without a creative have rows of their own.
    expect(await rows(`SELECT count(*)::int AS n FROM summary_rollup_total WHERE creative_key = ''`)).toEqual([
      { n: 2 },
    ]);

    const again = await refreshed();
    expect({ rows: again.rowsProcessed, watermark: again.watermark }).toEqual({ rows: 0, watermark: first.watermark });
    await expectRollupsComplete('after a refresh with nothing new');

    await accept(api, interactions('C3', 'a', 10, now - 5 * 60_000));
    const third = await refreshed();
    expect(third.rowsProcessed).toBe(10);
    expect(third.watermark).toBeGreaterThan(first.watermark);
    await expectRollupsComplete('after new rows');
  });

  it('merges replays and new rows into the same buckets without counting anything twice', async () => {
    // The same ids again: duplicates, nothing stored, nothing to refresh.
    await accept(api, interactions('C1', 'a', 40, now), 0);
    expect((await refreshed()).rowsProcessed).toBe(0);
    await expectRollupsComplete('after replays');
    // New ids at the same instants: the same buckets, counted on top.
    await accept(api, interactions('C1', 'b', 40, now));
    await accept(api, [...interactions('C1', 'b', 40, now), ...interactions('C1', 'c', 5, now)], 5);
    expect((await refreshed()).rowsProcessed).toBe(45);
    await expectRollupsComplete('after new rows in old buckets');
    await expectCustomerTotalsExact('after replays');
  });

  it('puts late rows (old timestamps written now) into their own old buckets', async () => {
    const before = (await rows(ROLLUPS.day.actual)).length;
    // 60 days back, around a UTC midnight, and inside buckets that already exist.
    const midnight = Math.floor((now - 60 * DAY) / DAY) * DAY;
    await accept(api, interactions('C4', 'late', 12, midnight + 3 * HOUR, 30 * 60_000));
    await accept(api, interactions('C2', 'late', 8, now - 3 * HOUR));
    expect((await refreshed()).rowsProcessed).toBe(20);
    await expectRollupsComplete('after late rows');
    expect((await rows(ROLLUPS.day.actual)).length).toBeGreaterThan(before);
  });

  it('erasure takes the customer out of the rollups, before and after a refresh', async () => {
    // Refreshed rows only.
    expect((await erase('C3')).status).toBe(200);
    await expectRollupsComplete('erased after refresh');
    await expectCustomerTotalsExact('erased after refresh');
    expect(await rows(`SELECT * FROM customer_interaction_total WHERE customer_id = 'C3'`)).toEqual([]);

    // Some rows refreshed, some written since: only the first are in the rollups.
    await accept(api, interactions('C2', 'new', 9, now - HOUR));
    await accept(api, interactions('C5', 'new', 7, now - 2 * HOUR));
    expect((await erase('C2')).status).toBe(200);
    await expectRollupsExact('erased with rows past the watermark');
    await expectCustomerTotalsExact('erased with rows past the watermark');
    expect((await refreshed()).rowsProcessed).toBe(7);
    await expectRollupsComplete('refreshed after the erasure');

    // Rows not refreshed at all.
    await accept(api, interactions('C6', 'new', 11, now - HOUR));
    expect((await erase('C6')).status).toBe(200);
    expect((await refreshed()).rowsProcessed).toBe(0);
    await expectRollupsComplete('erased before any refresh');

    // A customer with no data at all.
    expect((await erase('NOBODY')).status).toBe(200);
    await expectRollupsComplete('erased nobody');
  });

  it('deletes rollup rows an erasure empties', async () => {
    await accept(api, [
      {
        id: 'only',
        customerId: 'LONELY',
        offerId: 'offer_a',
        creativeId: 'cr_a1',
        interactionType: 'convert',
        timestamp: new Date(now - 400 * DAY).toISOString(),
      },
    ]);
    await refreshed();
    const bucket = `SELECT count(*)::int AS n FROM summary_rollup_day WHERE bucket < now() - interval '300 days'`;
    expect(await rows(bucket)).toEqual([{ n: 1 }]);
    expect((await erase('LONELY')).status).toBe(200);
    expect(await rows(bucket)).toEqual([{ n: 0 }]);
    await expectRollupsComplete('after emptying a bucket');
    // The newest row is gone; the watermark stays where it was.
    const { watermark } = await refreshed();
    expect(watermark).toBeGreaterThan(await maxSeq());
  });

  it('concurrent erasures of customers sharing rollup rows neither deadlock nor drift', async () => {
    const customers = Array.from({ length: 24 }, (_, i) => `SHARED_${i}`);
    // Overlapping but different sets of rollup rows: every customer its own count and spacing.
    for (const [i, customerId] of customers.entries()) {
      await accept(api, interactions(customerId, 's', 20 + 7 * i, now - HOUR, (13 + i) * 60_000));
    }
    await refreshed();
    // Half of them get rows past the watermark too.
    for (const customerId of customers.slice(0, 12)) await accept(api, interactions(customerId, 't', 5, now));
    const erased = await Promise.all(customers.map((customerId) => erase(customerId)));
    expect(erased.map((response) => response.status)).toEqual(customers.map(() => 200));
    await expectRollupsExact('after concurrent erasures');
    await expectCustomerTotalsExact('after concurrent erasures');
    await refreshed();
    await expectRollupsComplete('refreshed after concurrent erasures');
  });

  it('keeps customer totals exact through seeding, in both load modes', async () => {
    const seeder = new DemoSeeder(api.app.get(DataSource));
    await seeder.seed({ customers: 40, interactions: 3_000, bulk: 'never' });
    await expectCustomerTotalsExact('seeded');
    await seeder.seed({ customers: 40, interactions: 5_000, bulk: 'always' });
    await expectCustomerTotalsExact('seeded in bulk');
    expect(await rows(`SELECT indexname FROM pg_indexes WHERE indexname = 'ix_interaction_history_seq'`)).toEqual([
      { indexname: 'ix_interaction_history_seq' },
    ]);
    expect((await refreshed()).rowsProcessed).toBe(8_000);
    await expectRollupsComplete('after seeding');
  });

  it('leaves the rollups and the watermark as they were when a refresh fails', async () => {
    await accept(api, interactions('C7', 'fail', 30, now - 2 * DAY));
    const before = {
      state: await state(),
      hour: await rows(ROLLUPS.hour.actual),
      day: await rows(ROLLUPS.day.actual),
      total: await rows(ROLLUPS.total.actual),
      customerDay: await rows(ROLLUPS.customerDay.actual),
    };
    // Hold the state row, so the refresh stops at its last statement, after the merge, and
    // cancel that statement.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query(`BEGIN`);
      await holder.query(`SELECT * FROM summary_refresh_state WHERE id = 1 FOR UPDATE`);
      const failing = refresh();
      const pid = await waitFor(`wait_event_type = 'Lock' AND query LIKE '%UPDATE summary_refresh_state%'`);
      expect(pid).not.toBeNull();
      await db.query(`SELECT pg_cancel_backend($1)`, [pid]);
      // A cancelled statement is reported as the service being unavailable.
      expectProblem(await failing, 503);
      await holder.query(`ROLLBACK`);
    } finally {
      await holder.end();
    }
    expect({
      state: await state(),
      hour: await rows(ROLLUPS.hour.actual),
      day: await rows(ROLLUPS.day.actual),
      total: await rows(ROLLUPS.total.actual),
      customerDay: await rows(ROLLUPS.customerDay.actual),
    }).toEqual(before);
    await expectRollupsExact('after a failed refresh');

    // The write fence was released: ingest goes on, and the next refresh takes up everything.
    await accept(api, interactions('C7', 'after', 3, now));
    expect((await refreshed()).rowsProcessed).toBe(33);
    await expectRollupsComplete('after a failed refresh and a good one');
  });

  it('the write fence: a refresh waits for ingests in flight, so no row below its watermark is left out', async () => {
    await accept(api, interactions('SLOW', 'first', 1, now));
    await refreshed();
    // Stall an ingest of SLOW after its rows have their seq but before it commits: it blocks
    // on SLOW's total, which this transaction holds. Then a later ingest commits larger seqs.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query(`BEGIN`);
      await holder.query(`SELECT * FROM customer_interaction_total WHERE customer_id = 'SLOW' FOR UPDATE`);
      const slow = ingest(api, interactions('SLOW', 'stalled', 20, now));
      expect(
        await waitFor(`wait_event_type = 'Lock' AND query LIKE '%INSERT INTO interaction_history%'`),
      ).not.toBeNull();
      await accept(api, interactions('FAST', 'quick', 15, now));

      const refreshing = refresh();
      // It waits for the stalled ingest at the fence instead of taking max(seq) past its rows.
      expect(await waitFor(`wait_event_type = 'Lock' AND wait_event = 'advisory'`)).not.toBeNull();
      await holder.query(`ROLLBACK`);
      expect((await slow).body).toEqual({ accepted: 20, duplicates: 0, suppressed: 0 });
      const result = await refreshing;
      expect({ status: result.status, rows: result.body.rowsProcessed }).toEqual({ status: 200, rows: 35 });
    } finally {
      await holder.end();
    }
    await expectRollupsComplete('after a refresh that waited at the fence');
  });

  it('gives up on a long writer at the fence rather than holding up every ingest behind it', async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // A bulk load in progress: the fence held shared for longer than a refresh will wait.
      await holder.query(`SELECT pg_advisory_lock_shared($1, $2)`, [...WRITE_FENCE_LOCK]);
      const before = await state();
      const started = Date.now();
      const refreshing = refresh();
      expect(await waitFor(`wait_event_type = 'Lock' AND wait_event = 'advisory'`)).not.toBeNull();
      // This ingest queues behind the waiting refresh, and goes through once it gives up.
      const queued = ingest(api, interactions('C10', 'queued', 3, now));
      expectProblem(await refreshing, 503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
      expect((await queued).status).toBe(200);
      expect(await state()).toEqual(before);
    } finally {
      await holder.end();
    }
    expect((await refreshed()).rowsProcessed).toBe(3);
    await expectRollupsComplete('after the long writer');
  });

  it('is for admins only', async () => {
    expect((await refresh(api, ['admin'])).status).toBe(200);
    for (const roles of [['editor'], ['viewer']]) expectProblem(await refresh(api, roles), 403);
    expectProblem(await call(api, 'POST', '/api/v1/interaction-summary/refresh'), 401);
  });

  it('is refused when materialized summaries are disabled, and nothing is refreshed', async () => {
    const live = await startTestApp(
      { SUMMARY_MATERIALIZED: 'false', SUMMARY_REFRESH_INTERVAL: '1' },
      { databaseUrl: url },
    );
    try {
      await accept(live, interactions('C8', 'off', 4, now));
      const before = await state();
      expectProblem(await refresh(live), 409);
      await sleep(1_500);
      expect(await state()).toEqual(before);
    } finally {
      await live.close();
    }
    expect((await refreshed()).rowsProcessed).toBe(4);
  });

  it('two instances: refreshes never overlap, every row is merged exactly once', async () => {
    const second = await startTestApp({}, { databaseUrl: url });
    try {
      await refreshed();
      const watermark = await maxSeq();
      const results: RefreshBody[] = [];
      let ingested = 0;
      const writer = async (target: TestApp, name: string) => {
        for (let batch = 0; batch < 12; batch++) {
          const items = interactions(`${name}_${batch % 5}`, `${name}${batch}`, 40, now - batch * HOUR, 11 * 60_000);
          await accept(target, items);
          ingested += items.length;
        }
      };
      const refresher = async (target: TestApp) => {
        for (let i = 0; i < 6; i++) {
          const burst = await Promise.all([refresh(target), refresh(target), refresh(target)]);
          for (const response of burst) {
            expect(response.status).toBe(200);
            results.push(response.body);
          }
        }
      };
      await Promise.all([
        writer(api, 'W1'),
        writer(second, 'W2'),
        erase('C1'),
        refresher(api),
        refresher(second),
        refresher(second),
      ]);
      const last = await refreshed(second);
      results.push(last);

      const byStart = [...results].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
      for (let i = 1; i < byStart.length; i++) {
        const [previous, next] = [byStart[i - 1], byStart[i]];
        expect({ i, overlaps: Date.parse(next.startedAt) < Date.parse(previous.finishedAt) }).toEqual({
          i,
          overlaps: false,
        });
        expect(next.watermark).toBeGreaterThanOrEqual(previous.watermark);
      }
      // Each row written during the run was merged by exactly one refresh.
      expect(results.reduce((sum, r) => sum + r.rowsProcessed, 0)).toBe(ingested);
      expect(last.watermark).toBe(await maxSeq());
      expect(last.watermark).toBeGreaterThan(watermark);
      await expectRollupsComplete('after two instances raced');
      await expectCustomerTotalsExact('after two instances raced');
    } finally {
      await second.close();
    }
  });

  it('refreshes on its own every SUMMARY_REFRESH_INTERVAL seconds, skipping while another refresh runs', async () => {
    const scheduled = await startTestApp({ SUMMARY_REFRESH_INTERVAL: '1' }, { databaseUrl: url });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // While the rollups' lock is held elsewhere, ticks skip instead of queueing up.
      await holder.query(`SELECT pg_advisory_lock($1, $2)`, [...ROLLUP_LOCK]);
      await accept(api, interactions('C9', 'tick', 6, now));
      const before = await state();
      await sleep(2_300);
      expect(await state()).toEqual(before);
      await holder.query(`SELECT pg_advisory_unlock($1, $2)`, [...ROLLUP_LOCK]);

      const deadline = Date.now() + 5_000;
      let current = await state();
      while (Number(current.watermark) < (await maxSeq()) && Date.now() < deadline) {
        await sleep(100);
        current = await state();
      }
      expect({ watermark: Number(current.watermark), rows: current.rowsProcessed }).toEqual({
        watermark: await maxSeq(),
        rows: '6',
      });
      await expectRollupsComplete('after a scheduled refresh');
    } finally {
      await holder.end();
      await scheduled.close();
    }
  });
});
