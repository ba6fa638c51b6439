import pg from 'pg';
import { DataSource } from 'typeorm';
import { addMonths, monthOf, partitionName } from '../../src/modules/partitions/months.js';
import {
  MONTHS_AHEAD,
  PartitionMaintenanceService,
} from '../../src/modules/partitions/partition-maintenance.service.js';
import { PartitionsRepository } from '../../src/modules/partitions/partitions.repository.js';
import { call } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const admin = { roles: ['admin'] };
const editor = { roles: ['editor'] };

/**
 * interaction_history and impression, partitioned by month (migration 1795880800000), and
 * their maintenance (src/modules/partitions). The summaries' exactness under retention is the
 * property test's (summary-exactness.e2e-spec.ts, step `expire`).
 */
describe('monthly partitions of the event tables', () => {
  let api: TestApp;
  let db: DataSource;
  let maintenance: PartitionMaintenanceService;

  /** The partition a row is stored in. */
  async function whereIs(table: 'interaction_history' | 'impression', customerId: string, id: string) {
    const rows = await db.query<{ partition: string; seq: string | null }[]>(
      `SELECT tableoid::regclass::text AS partition, ${table === 'interaction_history' ? 'seq::text' : 'NULL'} AS seq
       FROM ${table} WHERE customer_id = $1 AND id = $2`,
      [customerId, id],
    );
    return rows;
  }

  async function partitions(table: string): Promise<string[]> {
    const rows = await db.query<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::regclass ORDER BY 1`,
      [table],
    );
    return rows.map((row) => row.name);
  }

  const ingest = (interactions: object[]) =>
    call(api, 'POST', '/api/v1/interactions', { ...editor, body: { interactions } });
  const impress = (impressions: object[]) =>
    call(api, 'POST', '/api/v1/impressions', { ...editor, body: { impressions } });

  beforeAll(async () => {
    // The scheduler stays off: each test runs the maintenance itself.
    api = await startTestApp({ PARTITION_MAINTENANCE_INTERVAL: '0', SUMMARY_REFRESH_INTERVAL: '0' });
    db = api.app.get(DataSource);
    maintenance = api.app.get(PartitionMaintenanceService);
    await call(api, 'PUT', '/api/v1/channels/ch_web', { ...admin, body: { name: 'Web' } });
    expect((await call(api, 'PUT', '/api/v1/offers/offer_a', { ...admin, body: OFFER })).status).toBe(201);
  });

  afterAll(async () => {
    await api.close();
  });

  it('a row of a month without a partition goes to the default one; maintenance moves it to its own month, seq and all', async () => {
    const at = '2001-03-15T10:00:00.000Z';
    expect(
      (await ingest([{ id: 'old_1', customerId: 'P1', offerId: 'offer_a', interactionType: 'click', timestamp: at }]))
        .body,
    ).toEqual({ accepted: 1, duplicates: 0, suppressed: 0 });
    expect((await impress([{ id: 'old_i1', customerId: 'P1', offerId: 'offer_a', timestamp: at }])).status).toBe(200);
    const [before] = await whereIs('interaction_history', 'P1', 'old_1');
    expect(before.partition).toBe('interaction_history_default');
    expect((await whereIs('impression', 'P1', 'old_i1'))[0].partition).toBe('impression_default');

    const result = await maintenance.maintain();
    expect(result.created).toEqual(expect.arrayContaining(['interaction_history_p2001_03', 'impression_p2001_03']));
    expect(result.moved).toBeGreaterThanOrEqual(2);
    expect(await whereIs('interaction_history', 'P1', 'old_1')).toEqual([
      { partition: 'interaction_history_p2001_03', seq: before.seq },
    ]);
    expect((await whereIs('impression', 'P1', 'old_i1'))[0].partition).toBe('impression_p2001_03');
    for (const table of ['interaction_history', 'impression']) {
      const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}_default`);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    // The API reads it where it is now.
    const history = await call(api, 'GET', '/api/v1/interaction-history?customerId=P1', { roles: ['viewer'] });
    expect(history.body.data.map((row: { id: string; timestamp: string }) => [row.id, row.timestamp])).toEqual([
      ['old_1', at],
    ]);
    expect(history.body.total).toBe(1);

    // A second run finds nothing to do.
    const again = await maintenance.maintain();
    expect(again).toEqual({ created: [], moved: 0, dropped: [], droppedRows: 0 });
  });

  it(`keeps the current month and the ${MONTHS_AHEAD} after it made ahead`, async () => {
    const later = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 10));
    const result = await maintenance.maintain({ now: later });
    const expected = Array.from({ length: MONTHS_AHEAD + 1 }, (_, ahead) => addMonths(monthOf(later), ahead));
    for (const table of ['interaction_history', 'impression']) {
      const names = await partitions(table);
      for (const month of expected) expect(names).toContain(partitionName(table, month));
      expect(result.created).toContain(partitionName(table, addMonths(monthOf(later), MONTHS_AHEAD)));
    }
    // A row written on time goes straight to its month's partition.
    const at = new Date().toISOString();
    const response = await ingest([
      { id: 'now', customerId: 'P2', offerId: 'offer_a', interactionType: 'click', timestamp: at },
    ]);
    expect(response.body.accepted).toBe(1);
    expect((await whereIs('interaction_history', 'P2', 'now'))[0].partition).toBe(
      partitionName('interaction_history', monthOf(new Date(at))),
    );
  });

  it('idempotency on client ids holds across partitions: a replay with another month is a duplicate', async () => {
    const first = { id: 'dup_1', customerId: 'P3', offerId: 'offer_a', interactionType: 'click' };
    expect((await ingest([{ ...first, timestamp: '2002-07-01T00:00:00.000Z' }])).body).toEqual({
      accepted: 1,
      duplicates: 0,
      suppressed: 0,
    });
    await maintenance.maintain();
    expect((await whereIs('interaction_history', 'P3', 'dup_1'))[0].partition).toBe('interaction_history_p2002_07');
    // Same id, timestamps in this month and in the default partition's range: both duplicates.
    const replay = await ingest([
      { ...first, timestamp: new Date().toISOString() },
      { ...first, timestamp: '2000-01-01T01:00:00.000Z' },
    ]);
    expect(replay.body).toEqual({ accepted: 0, duplicates: 2, suppressed: 0 });
    const impression = { id: 'dup_i1', customerId: 'P3', offerId: 'offer_a' };
    expect((await impress([{ ...impression, timestamp: '2002-07-01T00:00:00.000Z' }])).body.accepted).toBe(1);
    expect((await impress([{ ...impression, timestamp: new Date().toISOString() }])).body).toEqual({
      accepted: 0,
      duplicates: 1,
      suppressed: 0,
    });
    expect(await whereIs('interaction_history', 'P3', 'dup_1')).toHaveLength(1);
    expect(await whereIs('impression', 'P3', 'dup_i1')).toHaveLength(1);
  });

  it('retention drops expired months of both tables, with their rollup buckets and counters', async () => {
    const now = new Date();
    const expired = addMonths(monthOf(now), -14);
    const kept = addMonths(monthOf(now), -11);
    const rows = [
      { id: 'r_old', customerId: 'P4', timestamp: new Date(expired.getTime() + 3_600_000).toISOString() },
      { id: 'r_kept', customerId: 'P4', timestamp: new Date(kept.getTime() + 3_600_000).toISOString() },
      { id: 'r_gone', customerId: 'P5', timestamp: new Date(expired.getTime() + 7_200_000).toISOString() },
    ];
    await ingest(rows.map((row) => ({ ...row, offerId: 'offer_a', interactionType: 'click' })));
    await impress([{ id: 'ri_old', customerId: 'P4', offerId: 'offer_a', timestamp: rows[0].timestamp }]);
    expect((await call(api, 'POST', '/api/v1/interaction-summary/refresh', admin)).status).toBe(200);
    const [{ buckets }] = await db.query<{ buckets: number }[]>(
      `SELECT count(*)::int AS buckets FROM summary_rollup_day WHERE bucket >= $1 AND bucket < $2`,
      [expired, addMonths(expired, 1)],
    );
    expect(buckets).toBe(1);

    const result = await maintenance.maintain({ retentionMonths: 12 });
    expect(result.dropped).toEqual(
      expect.arrayContaining([partitionName('interaction_history', expired), partitionName('impression', expired)]),
    );
    expect(result.dropped).not.toContain(partitionName('interaction_history', kept));
    // Every month before the retention is gone (the 2001 and 2002 months above too).
    for (const table of ['interaction_history', 'impression']) {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE occurred_at < $1`,
        [addMonths(monthOf(now), -12)],
      );
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    for (const rollup of ['summary_rollup_hour', 'summary_rollup_day', 'customer_rollup_day']) {
      const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${rollup} WHERE bucket < $1`, [
        addMonths(monthOf(now), -12),
      ]);
      expect({ rollup, n }).toEqual({ rollup, n: 0 });
    }
    // P4 keeps one interaction; P5 had only an expired one: no data left, so no profile.
    const profile = await call(api, 'GET', '/api/v1/customers/P4/unified-profile', { roles: ['viewer'] });
    expect(profile.body.interactions.totalCount).toBe(1);
    expect(profile.body.interactions.recentInteractions.map((r: { timestamp: string }) => r.timestamp)).toEqual([
      rows[1].timestamp,
    ]);
    expect((await call(api, 'GET', '/api/v1/customers/P5/unified-profile', { roles: ['viewer'] })).status).toBe(404);
    const [summary] = await db.query<{ last: Date; clicks: number }[]>(
      `SELECT last_interaction_at AS last, clicks FROM customer_interaction_summary WHERE customer_id = 'P4'`,
    );
    expect({ last: summary.last.toISOString(), clicks: summary.clicks }).toEqual({
      last: rows[1].timestamp,
      clicks: 1,
    });
    const totals = await db.query(
      `SELECT customer_id, total::int FROM customer_interaction_total WHERE customer_id IN ('P4', 'P5')`,
    );
    expect(totals).toEqual([{ customer_id: 'P4', total: 1 }]);
  });

  it('readers never miss rows while they move from the default partition to their month', async () => {
    const customers = Array.from({ length: 20 }, (_, i) => `MOVE_${i}`);
    const items = customers.flatMap((customerId, c) =>
      Array.from({ length: 50 }, (_, i) => ({
        id: `mv_${c}_${i}`,
        customerId,
        offerId: 'offer_a',
        interactionType: 'click',
        timestamp: new Date(Date.UTC(2003, 4, 1 + (i % 28), 12, c, i)).toISOString(),
      })),
    );
    expect((await ingest(items)).body.accepted).toBe(items.length);
    const count = async () =>
      (
        await db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM interaction_history WHERE occurred_at < '2004-01-01'`,
        )
      )[0].n;
    const expected = await count();
    let moving = true;
    const readers = Array.from({ length: 3 }, async () => {
      const seen: number[] = [];
      while (moving) seen.push(await count());
      return seen;
    });
    const result = await maintenance.maintain();
    moving = false;
    expect(result.created).toContain('interaction_history_p2003_05');
    const seen = (await Promise.all(readers)).flat();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((n) => n !== expected)).toEqual([]);
    expect(await count()).toBe(expected);
  });

  it('retention reads a last interaction again when the month dropped held it and older rows are left', async () => {
    const repository = api.app.get(PartitionsRepository, { strict: false });
    const row = (id: string, timestamp: string) => ({
      id,
      customerId: 'P6',
      offerId: 'offer_a',
      interactionType: 'click',
      timestamp,
    });
    await ingest([row('jan', '2004-01-10T00:00:00.000Z')]);
    await maintenance.maintain();
    // June 2003 has no partition: this older row waits in the default one.
    await ingest([row('older', '2003-06-10T00:00:00.000Z')]);
    expect((await whereIs('interaction_history', 'P6', 'older'))[0].partition).toBe('interaction_history_default');
    expect(await repository.dropMonth('interaction_history', new Date('2004-01-01T00:00:00Z'))).toBe(1);
    const [summary] = await db.query<{ last: Date; clicks: number }[]>(
      `SELECT last_interaction_at AS last, clicks FROM customer_interaction_summary WHERE customer_id = 'P6'`,
    );
    expect({ last: summary.last.toISOString(), clicks: summary.clicks }).toEqual({
      last: '2003-06-10T00:00:00.000Z',
      clicks: 1,
    });
  });

  it('the scheduler makes a missing month at start-up', async () => {
    const next = partitionName('interaction_history', addMonths(monthOf(new Date()), 1));
    await db.query(`DROP TABLE IF EXISTS ${next}`);
    const other = await startTestApp(
      { PARTITION_MAINTENANCE_INTERVAL: '3600', SUMMARY_REFRESH_INTERVAL: '0' },
      { databaseUrl: api.databaseUrl },
    );
    try {
      const deadline = Date.now() + 20_000;
      while (!(await partitions('interaction_history')).includes(next) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await partitions('interaction_history')).toContain(next);
    } finally {
      await other.close();
    }
  });

  it('a run that cannot lock a table in time changes nothing, and the next run does the work', async () => {
    const month = addMonths(monthOf(new Date()), 30);
    const name = partitionName('interaction_history', month);
    const blocker = new pg.Client({ connectionString: api.databaseUrl });
    await blocker.connect();
    try {
      // An open writing transaction holds the table in ROW EXCLUSIVE mode until it ends.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE interaction_history IN ROW EXCLUSIVE MODE');
      await expect(maintenance.maintain({ now: month })).rejects.toThrow(/lock timeout/);
      expect(await partitions('interaction_history')).not.toContain(name);
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }
    expect((await maintenance.maintain({ now: month })).created).toContain(name);
  });
});
