import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import type { HistoryFilters } from '../../src/modules/interactions/history/history-filters.js';
import { InteractionHistoryRepository } from '../../src/modules/interactions/history/interaction-history.repository.js';
import { RollupHistoryTotals } from '../../src/modules/interactions/history/rollup-history-totals.repository.js';
import { firstRetainedMonth } from '../../src/modules/partitions/months.js';
import { PartitionMaintenanceService } from '../../src/modules/partitions/partition-maintenance.service.js';
import { LiveSummaryRepository } from '../../src/modules/summary/live-summary.repository.js';
import { RollupSummaryRepository, WINDOW_SIZE_SQL } from '../../src/modules/summary/rollup-summary.repository.js';
import type { GroupedCounts, SummaryWindow } from '../../src/modules/summary/summary-source.js';
import { call } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Property: whatever is written, replayed, erased and refreshed, in any order, the summaries
 * answered from the rollups equal the live aggregation, for every groupBy, window and limit,
 * and the history totals equal count(*).
 *
 * Writes, erasures, refreshes and catalog changes go through the API. The comparison runs
 * both sources (and the totals) side by side on a connection whose clock the test sets:
 * `now()` there is public.now(), reading test_clock (search_path public, pg_catalog puts it
 * before the built-in one). So both answers are of one instant, and the window's start can
 * be put exactly on an hour or day boundary, or one millisecond off it, and interactions
 * exactly on (or next to) the window's start, on bucket boundaries, and 24 h ahead.
 *
 * SUMMARY_PROPERTY_RUNS and SUMMARY_PROPERTY_SEED explore further; a failure prints the
 * seed and the shrunk steps.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WINDOWS = [1, 2, 7, 30, 45, 100, 3650];
const CUSTOMER_LIMITS = [1, 2, 3, 1000];
const RUNS = Number(process.env.SUMMARY_PROPERTY_RUNS ?? 20);
const SEED = Number(process.env.SUMMARY_PROPERTY_SEED ?? 20_260_315);

/** A UTC midnight five days back: the clock moves within [T0, T0 + 4 days], so every timestamp is valid now. */
const T0 = Math.floor(Date.now() / DAY) * DAY - 5 * DAY;

// Ids whose byte order differs from a linguistic one: the tie-break must be byte order.
const CUSTOMERS = ['C1', 'c1', 'C2', 'C-3', 'C_3', 'b'];
const PLACEMENTS: [offerId: string, creativeId: string | undefined][] = [
  ['offer_a', 'cr_a1'],
  ['offer_a', 'cr_a2'],
  ['offer_a', undefined],
  ['offer_b', 'cr_b1'],
  ['offer_b', undefined],
  ['offer_c', undefined],
];
const CHANNELS = ['ch_1', 'ch_2', 'ch_3'];
const CREATIVES: [id: string, offerId: string, channelId: string][] = [
  ['cr_a1', 'offer_a', 'ch_1'],
  ['cr_a2', 'offer_a', 'ch_2'],
  ['cr_b1', 'offer_b', 'ch_1'],
];
const TYPES = ['impression', 'click', 'dismiss', 'convert'] as const;

const TOTAL_FILTERS: HistoryFilters[] = [
  {},
  { type: 'click' },
  { offerId: 'offer_a' },
  { offerId: 'offer_b', type: 'impression' },
  { creativeId: 'cr_a1' },
  { creativeId: 'cr_a2', type: 'dismiss' },
  { offerId: 'offer_a', creativeId: 'cr_a1' },
  { offerId: 'offer_b', creativeId: 'cr_a1' },
  { customerId: 'C1' },
  { customerId: 'c1', creativeId: 'cr_a1' },
  { customerId: 'C2', offerId: 'offer_a', type: 'click' },
];

/** Milliseconds off a boundary: on it, either side of it, or anywhere in the hour. */
const offMs = fc.oneof(fc.constantFrom(0, 0, 1, -1, 999), fc.integer({ min: 0, max: HOUR - 1 }));

/** When an interaction happened, resolved against the clock when it is written. */
type When =
  | { from: 'T0'; hours: number; ms: number }
  | { from: 'window'; days: number; snap: 'none' | 'minute' | 'hour' | 'day'; ms: number }
  | { from: 'now'; days: 0 | -1; ms: number };

const whenArb: fc.Arbitrary<When> = fc.oneof(
  // Anywhere over ~100 days before T0 and 4 days after it: on whole hours and days, or off them.
  fc.record({
    from: fc.constant('T0' as const),
    hours: fc.oneof(
      fc.integer({ min: -100 * 24, max: 96 }),
      fc.integer({ min: -100, max: 4 }).map((d) => d * 24),
    ),
    ms: offMs,
  }),
  // Next to a window's start S: on S, on the first whole minute, hour or day after it (where
  // the raw rows the reader reads per request, those it keeps per minute and the hour and day
  // rollups meet), 1 ms either side, or within an hour of it.
  fc.record({
    from: fc.constant('window' as const),
    days: fc.constantFrom(...WINDOWS.slice(0, 6)),
    snap: fc.constantFrom('none' as const, 'minute' as const, 'hour' as const, 'day' as const),
    ms: fc.oneof(fc.constantFrom(0, 0, 1, -1), fc.integer({ min: -HOUR, max: HOUR })),
  }),
  // Now, or 24 hours ahead (the most ingest accepts), or 1 ms short of either.
  fc.record({
    from: fc.constant('now' as const),
    days: fc.constantFrom(0 as const, -1 as const),
    ms: fc.constantFrom(0, -1),
  }),
);

interface Event {
  id: string | undefined;
  customerId: string;
  placement: number;
  type: (typeof TYPES)[number];
  when: When;
}

const eventArb: fc.Arbitrary<Event> = fc.record({
  // A small id pool: the same customer and id again is a replay (skipped, whatever its time).
  id: fc.option(
    fc.integer({ min: 0, max: 24 }).map((n) => `ih_${n}`),
    { nil: undefined, freq: 6 },
  ),
  customerId: fc.constantFrom(...CUSTOMERS),
  placement: fc.integer({ min: 0, max: PLACEMENTS.length - 1 }),
  type: fc.constantFrom(...TYPES),
  when: whenArb,
});

type Step =
  | { kind: 'ingest'; events: Event[] }
  | { kind: 'erase'; customerId: string }
  | { kind: 'refresh' }
  | { kind: 'clock'; hours: number; ms: number }
  | { kind: 'tick'; ms: number }
  | { kind: 'move'; creative: number; channel: string }
  | { kind: 'expire'; months: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('ingest' as const),
      events: fc.array(eventArb, { minLength: 1, maxLength: 12 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('erase' as const), customerId: fc.constantFrom(...CUSTOMERS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      hours: fc.integer({ min: 0, max: 96 }),
      ms: fc.oneof(fc.constantFrom(0, 0, 1, -1), fc.integer({ min: 0, max: HOUR - 1 })),
    }),
  },
  // The clock a little further: into the next minute (or just short of it) of the same hour,
  // mostly, where the reader keeps the window's whole buckets and renews its whole minutes.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      ms: fc.constantFrom(MINUTE, MINUTE - 1, MINUTE + 1, 1, 1000, 10 * MINUTE),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('expire' as const),
      months: fc.integer({ min: 0, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      creative: fc.integer({ min: 0, max: CREATIVES.length - 1 }),
      channel: fc.constantFrom(...CHANNELS),
    }),
  },
);

/** The raw rows a grouping counts from the history (not the rollups): their presence makes the answer `mixed`. */
const RAW_CONTRIBUTES = (withCreative: boolean) => `
  SELECT EXISTS (
    SELECT 1 FROM interaction_history h, summary_refresh_state s
    WHERE s.id = 1
      AND h.occurred_at > now() - $1::int * interval '24 hours'
      AND (h.seq > s.watermark
           OR h.occurred_at < date_bin('1 hour', now() - $1::int * interval '24 hours', TIMESTAMPTZ '2000-01-01Z')
                              + interval '1 hour')
      ${withCreative ? 'AND h.creative_id IS NOT NULL' : ''}
  ) AS raw`;

/**
 * Rows where customer_interaction_summary or customer_interaction_total differ from an
 * aggregation of interaction_history (none when they agree).
 */
const CUSTOMER_COUNTERS_DRIFT = `
  WITH actual AS (
    SELECT customer_id, offer_id,
           count(*) FILTER (WHERE interaction_type = 'impression')::int AS impressions,
           count(*) FILTER (WHERE interaction_type = 'click')::int AS clicks,
           count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismisses,
           count(*) FILTER (WHERE interaction_type = 'convert')::int AS conversions,
           max(occurred_at) AS last_interaction_at
    FROM interaction_history GROUP BY customer_id, offer_id
  ), kept AS (
    SELECT customer_id, offer_id, impressions, clicks, dismisses, conversions, last_interaction_at
    FROM customer_interaction_summary
  ), totals AS (
    SELECT customer_id, count(*)::bigint AS total FROM interaction_history GROUP BY customer_id
  )
  (SELECT 'summary missing or wrong' AS problem, customer_id, offer_id FROM (TABLE actual EXCEPT TABLE kept) a)
  UNION ALL
  (SELECT 'summary extra or wrong', customer_id, offer_id FROM (TABLE kept EXCEPT TABLE actual) k)
  UNION ALL
  (SELECT 'total differs', customer_id, NULL FROM (
     (SELECT customer_id, total FROM customer_interaction_total EXCEPT TABLE totals)
     UNION (TABLE totals EXCEPT SELECT customer_id, total FROM customer_interaction_total)) t)`;

function countSql(filters: HistoryFilters): { sql: string; parameters: string[] } {
  const columns = {
    customerId: 'customer_id',
    offerId: 'offer_id',
    creativeId: 'creative_id',
    type: 'interaction_type',
  };
  const entries = Object.entries(filters) as [keyof typeof columns, string][];
  const where = entries.map(([name], i) => `${columns[name]}::text = $${i + 1}`);
  return {
    sql: `SELECT count(*)::int AS n FROM interaction_history ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    parameters: entries.map(([, value]) => value),
  };
}

/**
 * Always run first: every kind of boundary at once, with the window's start exactly on a
 * whole hour (and a whole day), then 1 ms after one; before and after a refresh.
 */
function boundaryExample(): Step[] {
  const edges: Event[] = [];
  let n = 100;
  for (const days of [1, 2, 7]) {
    for (const snap of ['none', 'minute', 'hour', 'day'] as const) {
      for (const ms of [-1, 0, 1]) {
        edges.push({
          id: `edge_${n++}`,
          customerId: CUSTOMERS[n % CUSTOMERS.length],
          placement: n % PLACEMENTS.length,
          type: TYPES[n % TYPES.length],
          when: { from: 'window', days, snap, ms },
        });
      }
    }
  }
  const ahead: Event = {
    id: 'ahead',
    customerId: 'C1',
    placement: 0,
    type: 'click',
    when: { from: 'now', days: -1, ms: 0 },
  };
  return [
    { kind: 'clock', hours: 48, ms: 0 },
    { kind: 'ingest', events: [...edges, ahead] },
    { kind: 'refresh' },
    { kind: 'ingest', events: edges.map((e) => ({ ...e, id: `${e.id}_tail` })) },
    { kind: 'clock', hours: 50, ms: 0 },
    { kind: 'refresh' },
    { kind: 'clock', hours: 50, ms: 1 },
    { kind: 'tick', ms: MINUTE },
    { kind: 'tick', ms: MINUTE - 1 },
    { kind: 'erase', customerId: 'C1' },
    { kind: 'tick', ms: 1 },
  ];
}

/**
 * Also run first: months of history (most of them in the default partition: the migration
 * made partitions from this month on), partly rolled up, then retention of 3, 1 and 0 whole
 * months, with a late row of an expired month written in between (it lands in the default
 * partition, and the next run moves it and drops it again).
 */
function retentionExample(): Step[] {
  const events: Event[] = [];
  let n = 300;
  for (const hours of [-100 * 24, -70 * 24, -40 * 24 + 1, -31 * 24, -24, 0, 30]) {
    for (const customerId of ['C1', 'C2', 'b']) {
      events.push({
        id: `kept_${n++}`,
        customerId,
        placement: n % PLACEMENTS.length,
        type: TYPES[n % TYPES.length],
        when: { from: 'T0', hours, ms: n },
      });
    }
  }
  const late: Event = {
    id: 'late',
    customerId: 'C2',
    placement: 0,
    type: 'click',
    when: { from: 'T0', hours: -90 * 24, ms: 0 },
  };
  return [
    { kind: 'clock', hours: 40, ms: 0 },
    { kind: 'ingest', events: events.slice(0, 12) },
    { kind: 'refresh' },
    { kind: 'ingest', events: events.slice(12) },
    { kind: 'expire', months: 3 },
    { kind: 'refresh' },
    { kind: 'expire', months: 1 },
    { kind: 'ingest', events: [late] },
    { kind: 'refresh' },
    { kind: 'expire', months: 1 },
    { kind: 'erase', customerId: 'C1' },
    { kind: 'expire', months: 0 },
  ];
}

/**
 * Also run first: rows on and next to the first whole minutes after the windows' starts,
 * rolled up, then the clock a minute on within the same hour, twice: what the reader kept
 * for the old minute must not be used for the new one (a row of the old first whole minute
 * is now in the partial one, or out of the window).
 */
function minuteExample(): Step[] {
  const near: Event[] = [];
  let n = 200;
  for (const days of [1, 2, 7]) {
    for (const ms of [-1, 0, 1, 30_000, MINUTE, MINUTE + 1, 2 * MINUTE]) {
      near.push({
        id: `minute_${n++}`,
        customerId: CUSTOMERS[n % CUSTOMERS.length],
        placement: n % PLACEMENTS.length,
        type: TYPES[n % TYPES.length],
        when: { from: 'window', days, snap: 'minute', ms },
      });
    }
  }
  return [
    { kind: 'clock', hours: 60, ms: 30 * MINUTE + 7 },
    { kind: 'ingest', events: near },
    { kind: 'refresh' },
    { kind: 'tick', ms: MINUTE },
    { kind: 'tick', ms: MINUTE },
    { kind: 'tick', ms: 1 },
  ];
}

describe('summaries from the rollups equal live aggregation (property)', () => {
  let api: TestApp;
  let clocked: DataSource;
  let live: LiveSummaryRepository;
  let rollups: RollupSummaryRepository;
  /** The same with a visit budget small enough that it often gives up for live aggregation. */
  let impatient: RollupSummaryRepository;
  let history: InteractionHistoryRepository;
  let totals: RollupHistoryTotals;
  let maintenance: PartitionMaintenanceService;
  let clock = T0;

  const admin = { roles: ['admin'] };

  async function setClock(at: number): Promise<void> {
    clock = at;
    await clocked.query(`UPDATE test_clock SET at = $1`, [new Date(at).toISOString()]);
  }

  function timestamp(when: When): string {
    switch (when.from) {
      case 'T0':
        return new Date(T0 + when.hours * HOUR + when.ms).toISOString();
      case 'now':
        return new Date(clock - when.days * DAY + when.ms).toISOString();
      case 'window': {
        const start = clock - when.days * DAY;
        // Buckets are aligned on 2000-01-01 UTC, a whole number of days after the epoch.
        const unit = when.snap === 'minute' ? MINUTE : when.snap === 'hour' ? HOUR : DAY;
        const base = when.snap === 'none' ? start : Math.floor(start / unit) * unit + unit;
        return new Date(base + when.ms).toISOString();
      }
    }
  }

  async function apply(step: Step): Promise<void> {
    switch (step.kind) {
      case 'ingest': {
        const interactions = step.events.map((event) => {
          const [offerId, creativeId] = PLACEMENTS[event.placement];
          return {
            ...(event.id === undefined ? {} : { id: event.id }),
            customerId: event.customerId,
            offerId,
            ...(creativeId === undefined ? {} : { creativeId }),
            interactionType: event.type,
            timestamp: timestamp(event.when),
          };
        });
        const response = await call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
        expect({ step, status: response.status }).toEqual({ step, status: 200 });
        return;
      }
      case 'erase': {
        const response = await call(api, 'DELETE', `/api/v1/customers/${step.customerId}`, admin);
        expect({ step, status: response.status }).toEqual({ step, status: 200 });
        return;
      }
      case 'refresh': {
        const response = await call(api, 'POST', '/api/v1/interaction-summary/refresh', admin);
        expect({ step, status: response.status }).toEqual({ step, status: 200 });
        return;
      }
      case 'clock':
        return setClock(T0 + step.hours * HOUR + step.ms);
      case 'tick':
        return setClock(clock + step.ms);
      case 'move': {
        const [id, offerId] = CREATIVES[step.creative];
        const body = { name: id, offerId, channelId: step.channel };
        const response = await call(api, 'PUT', `/api/v1/creatives/${id}`, { ...admin, body });
        expect({ step, ok: response.status === 200 || response.status === 201 }).toEqual({ step, ok: true });
        return;
      }
      case 'expire': {
        // Rows in the default partition move to their months first; with a retention, the
        // months before it are dropped with what was derived from them.
        await maintenance.maintain({ now: new Date(clock), retentionMonths: step.months });
        const [{ left }] = await clocked.query<{ left: number }[]>(
          `SELECT count(*)::int AS left FROM interaction_history_default`,
        );
        expect({ step, left }).toEqual({ step, left: 0 });
        if (step.months > 0) {
          const [{ expired }] = await clocked.query<{ expired: number }[]>(
            `SELECT count(*)::int AS expired FROM interaction_history WHERE occurred_at < $1`,
            [firstRetainedMonth(new Date(clock), step.months)],
          );
          expect({ step, expired }).toEqual({ step, expired: 0 });
        }
        return;
      }
    }
  }

  async function expectSame<Row>(
    context: object,
    count: (
      source: LiveSummaryRepository | RollupSummaryRepository,
      window: SummaryWindow,
    ) => Promise<GroupedCounts<Row>>,
    days: number,
    limits: number[],
    withCreative: boolean | undefined,
  ): Promise<void> {
    const all = await count(live, { days, limit: 1001 });
    const [{ refreshed }] = await clocked.query<{ refreshed: boolean }[]>(
      `SELECT refreshed_at IS NOT NULL AS refreshed FROM summary_refresh_state WHERE id = 1`,
    );
    for (const limit of limits) {
      const answer = await count(rollups, { days, limit });
      expect({ ...context, days, limit, rows: answer.rows }).toEqual({
        ...context,
        days,
        limit,
        rows: all.rows.slice(0, limit),
      });
      if (!refreshed) {
        expect({ ...context, days, source: answer.source, refreshedAt: answer.refreshedAt }).toEqual({
          ...context,
          days,
          source: 'live',
          refreshedAt: null,
        });
      } else if (withCreative === undefined) {
        // Customers: the day rollup and raw rows (mixed), or live when the window is estimated empty.
        const [{ watermark }] = await clocked.query<{ watermark: string }[]>(
          `SELECT watermark::text FROM summary_refresh_state WHERE id = 1`,
        );
        const [{ windowRows }] = await clocked.query<{ windowRows: string }[]>(WINDOW_SIZE_SQL, [days, watermark]);
        const used = Number(windowRows) > 0;
        expect({ ...context, days, source: answer.source, refreshed: answer.refreshedAt instanceof Date }).toEqual({
          ...context,
          days,
          source: used ? 'mixed' : 'live',
          refreshed: used,
        });
      } else {
        const [{ raw }] = await clocked.query<{ raw: boolean }[]>(RAW_CONTRIBUTES(withCreative), [days]);
        expect({ ...context, days, source: answer.source }).toEqual({
          ...context,
          days,
          source: raw ? 'mixed' : 'materialized',
        });
        expect(answer.refreshedAt).toBeInstanceOf(Date);
      }
    }
  }

  async function check(context: object): Promise<void> {
    for (const days of WINDOWS) {
      await expectSame(context, (s, w) => s.countByAction(clocked.manager, w), days, [2, 1000], false);
      await expectSame(context, (s, w) => s.countByTreatment(clocked.manager, w), days, [2, 1000], true);
      await expectSame(context, (s, w) => s.countByChannel(clocked.manager, w), days, [1, 1000], true);
      await expectSame(context, (s, w) => s.countByCustomer(clocked.manager, w), days, CUSTOMER_LIMITS, undefined);
      const all = await live.countByCustomer(clocked.manager, { days, limit: 1001 });
      const answer = await impatient.countByCustomer(clocked.manager, { days, limit: 2 });
      expect({ ...context, days, impatient: answer.rows }).toEqual({
        ...context,
        days,
        impatient: all.rows.slice(0, 2),
      });
    }
    for (const filters of TOTAL_FILTERS) {
      const { sql, parameters } = countSql(filters);
      const [{ n }] = await clocked.query<{ n: number }[]>(sql, parameters);
      // As the history endpoint reads it: in the statement of a page, planned with the watermark seen last.
      const { total } = await totals.read(clocked.manager, filters, (totalSql) =>
        history.page(clocked.manager, filters, undefined, 1, totalSql),
      );
      expect({ ...context, filters, total }).toEqual({ ...context, filters, total: n });
    }
    // The counters ingest keeps (and erasure and retention adjust) equal the history left.
    const drift = await clocked.query(CUSTOMER_COUNTERS_DRIFT);
    expect({ ...context, drift }).toEqual({ ...context, drift: [] });
  }

  async function reset(): Promise<void> {
    await clocked.query(`
      TRUNCATE interaction_history, customer_interaction_summary, customer_interaction_total,
               summary_rollup_day, summary_rollup_hour, summary_rollup_total, customer_rollup_day, erasure_receipt`);
    await clocked.query(
      `UPDATE summary_refresh_state SET watermark = 0, refreshed_at = NULL, rows_processed = 0, duration_ms = 0`,
    );
    for (const [id, offerId, channelId] of CREATIVES) {
      await clocked.query(`UPDATE creative SET offer_id = $2, channel_id = $3 WHERE id = $1`, [id, offerId, channelId]);
    }
    await setClock(T0 + 2 * DAY);
  }

  beforeAll(async () => {
    api = await startTestApp({ SUMMARY_REFRESH_INTERVAL: '0' });
    for (const id of CHANNELS) {
      expect(
        (await call(api, 'PUT', `/api/v1/channels/${id}`, { ...admin, body: { name: `Channel ${id}` } })).status,
      ).toBe(201);
    }
    for (const id of ['offer_a', 'offer_b', 'offer_c']) {
      const body = { name: `Offer ${id}`, issue: 'Cards', group: 'Premium', status: 'active', priority: 50 };
      expect((await call(api, 'PUT', `/api/v1/offers/${id}`, { ...admin, body })).status).toBe(201);
    }
    for (const [id, offerId, channelId] of CREATIVES) {
      const body = { name: id, offerId, channelId };
      expect((await call(api, 'PUT', `/api/v1/creatives/${id}`, { ...admin, body })).status).toBe(201);
    }
    const appDb = api.app.get(DataSource);
    await appDb.query(`CREATE TABLE test_clock (at timestamptz NOT NULL)`);
    await appDb.query(`INSERT INTO test_clock VALUES (now())`);
    await appDb.query(
      `CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql STABLE AS 'SELECT at FROM public.test_clock'`,
    );
    const options = dataSourceOptions({ url: api.databaseUrl, poolSize: 2, applicationName: 'exactness-clock' });
    clocked = new DataSource({
      ...options,
      extra: { ...(options.extra as object), options: '-c search_path=public,pg_catalog' },
    });
    await clocked.initialize();
    live = new LiveSummaryRepository();
    // Batches of 1 to 3 customers and no shortcut to live aggregation: the threshold method
    // itself is what is compared, through many batches.
    rollups = new RollupSummaryRepository(live, {
      firstBatch: 1,
      maxBatch: 3,
      liveBelowRows: 0,
      rowsPerVisit: 0,
    });
    impatient = new RollupSummaryRepository(live, {
      firstBatch: 1,
      maxBatch: 2,
      liveBelowRows: 0,
      rowsPerVisit: 4,
    });
    history = new InteractionHistoryRepository();
    totals = new RollupHistoryTotals(history);
    maintenance = api.app.get(PartitionMaintenanceService);
  });

  afterAll(async () => {
    await clocked?.destroy();
    await api?.close();
  });

  it('the clock of the comparing connection is the test’s', async () => {
    await setClock(T0 + 7 * HOUR + 5);
    const [{ at }] = await clocked.query<{ at: Date }[]>(`SELECT now() AS at`);
    expect(at.getTime()).toBe(T0 + 7 * HOUR + 5);
  });

  it('holds for random histories, replays, erasures, refreshes, retention, clock moves and catalog moves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 10 }), async (steps) => {
        await reset();
        for (const [i, step] of steps.entries()) {
          await apply(step);
          await check({ step: i, kind: step.kind, clock: new Date(clock).toISOString() });
        }
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        verbose: 1,
        examples: [[boundaryExample()], [minuteExample()], [retentionExample()]],
      },
    );
  }, 300_000);
});
