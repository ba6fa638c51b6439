import pg from 'pg';
import { call } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Erasure and ingest of the same customer, racing. Both take the customer's advisory lock, so
 * one runs wholly before the other: after both settle the customer has exactly the racing
 * batch and a summary equal to its live aggregation (the ingest ran second), or nothing at
 * all (the erasure ran second); never part of a batch, a summary that disagrees with the
 * history, or rows of a customer suppressed before they were written.
 *
 * Each round starts the erasure at another offset from the ingest (from half an ingest's
 * measured length before it to a little more than one after), so both orders and the moments
 * in between occur.
 * Without the lock (customer-lock.ts) the rounds fail: the erasure deletes the summary rows
 * the ingest has just updated but not the history rows it cannot see yet.
 */
const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const TYPES = ['impression', 'click', 'dismiss', 'convert'];
/** Interactions per racing batch. */
const N = 200;
/** Interactions every customer has before the race, on both offers, and one metric value. */
const PRIOR = 6;
const ROUNDS = 60;
const SUPPRESS_ROUNDS = 30;

const LIVE_SUMMARY_SQL = `
  SELECT offer_id,
         count(*) FILTER (WHERE interaction_type = 'impression')::int AS impressions,
         count(*) FILTER (WHERE interaction_type = 'click')::int AS clicks,
         count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismisses,
         count(*) FILTER (WHERE interaction_type = 'convert')::int AS conversions,
         max(occurred_at) AS last_interaction_at
  FROM interaction_history WHERE customer_id = $1 GROUP BY offer_id ORDER BY offer_id`;
const STORED_SUMMARY_SQL = `
  SELECT offer_id, impressions, clicks, dismisses, conversions, last_interaction_at
  FROM customer_interaction_summary WHERE customer_id = $1 ORDER BY offer_id`;

/** Tables derived from the history, checked against it rather than expected empty. */
const DERIVED_TABLES = ['interaction_history', 'customer_interaction_summary', 'customer_interaction_total'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('erasure racing ingest of the same customer', () => {
  let api: TestApp;
  let db: pg.Client;
  let customerTables: string[];
  /** How long an unraced ingest of N takes here, in ms: the window the second request is started in. */
  let ingestMs: number;

  const erase = (customerId: string, query = '') =>
    call(api, 'DELETE', `/api/v1/customers/${customerId}${query}`, { roles: ['admin'] });
  const ingest = (interactions: object[]) =>
    call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });

  function batch(customerId: string, prefix: string, size: number): object[] {
    return Array.from({ length: size }, (_, i) => ({
      id: `${prefix}_${String(i).padStart(4, '0')}`,
      customerId,
      offerId: i % 2 ? 'offer_b' : 'offer_a',
      interactionType: TYPES[i % 4],
      timestamp: new Date(Date.UTC(2026, 2, 15, 10, 0, 0, i)).toISOString(),
    }));
  }

  async function seedPrior(customerId: string): Promise<void> {
    expect((await ingest(batch(customerId, 'prior', PRIOR))).body).toMatchObject({ accepted: PRIOR });
    const metrics = await call(api, 'PUT', `/api/v1/customers/${customerId}/metrics`, {
      roles: ['editor'],
      body: { values: { engagement_score: 1 } },
    });
    expect(metrics.status).toBe(200);
  }

  /**
   * Ingests `items` and erases `customerId`, the erasure started `offset` × ingestMs after the
   * ingest (before it when negative); resolves with both responses once both have answered.
   */
  async function race(items: object[], customerId: string, query: string, offset: number) {
    const ms = Math.abs(offset) * ingestMs;
    const [ingested, erased] = await Promise.all([
      sleep(offset < 0 ? ms : 0).then(() => ingest(items)),
      sleep(offset > 0 ? ms : 0).then(() => erase(customerId, query)),
    ]);
    return { ingested, erased };
  }

  /** Round r of `rounds`: offsets spread evenly over [-0.5, 1.2] in a fixed, well-mixed order. */
  const offsetOf = (round: number, rounds: number) => (((round * 37) % rounds) / rounds) * 1.7 - 0.5;

  async function stateOf(customerId: string) {
    const history = await db.query<{ id: string }>(
      `SELECT id FROM interaction_history WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
    const others: Record<string, number> = {};
    for (const table of customerTables) {
      if (DERIVED_TABLES.includes(table)) continue;
      const result = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${db.escapeIdentifier(table)} WHERE customer_id = $1`,
        [customerId],
      );
      others[table] = result.rows[0].n;
    }
    const total = await db.query<{ total: number }>(
      `SELECT total::int AS total FROM customer_interaction_total WHERE customer_id = $1`,
      [customerId],
    );
    return {
      historyIds: history.rows.map((row) => row.id),
      /** The customer's all-time total; null when it has no row (none must be left after an erasure). */
      total: total.rows[0]?.total ?? null,
      summary: (await db.query(STORED_SUMMARY_SQL, [customerId])).rows,
      live: (await db.query(LIVE_SUMMARY_SQL, [customerId])).rows,
      others,
    };
  }

  const deletedFor = (interactions: number) => ({
    interactionHistory: interactions,
    interactionSummary: 2,
    experimentAssignments: 0,
    impressions: 0,
    attributes: 0,
    metricValues: 1,
  });

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    customerTables = (
      await db.query<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = current_schema() AND c.column_name = 'customer_id' AND t.table_type = 'BASE TABLE'
           -- a month of interaction_history is interaction_history's (counted through it)
           AND NOT (SELECT relispartition FROM pg_class WHERE oid = quote_ident(c.table_name)::regclass)
         ORDER BY 1`,
      )
    ).rows.map((row) => row.table_name);
    const admin = { roles: ['admin'] };
    await call(api, 'PUT', '/api/v1/channels/ch_email', { ...admin, body: { name: 'Marketing Email' } });
    for (const offer of ['offer_a', 'offer_b']) {
      await call(api, 'PUT', `/api/v1/offers/${offer}`, { ...admin, body: OFFER });
    }
    await call(api, 'PUT', '/api/v1/metrics/engagement_score', { ...admin, body: { description: 'x' } });

    // Warm up, then measure an unraced ingest of N (median of 5).
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expect((await ingest(batch(`WARMUP_${i}`, 'w', N))).body).toMatchObject({ accepted: N });
      times.push(performance.now() - started);
    }
    ingestMs = times.sort((a, b) => a - b)[2];
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('ingest vs erase: the customer ends with exactly the batch (and a matching summary) or with nothing', async () => {
    const outcomes = { ingestSecond: 0, eraseSecond: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const customerId = `RACE_${round}`;
      await seedPrior(customerId);
      const items = batch(customerId, `r${round}`, N);
      const { ingested, erased } = await race(items, customerId, '', offsetOf(round, ROUNDS));
      expect({ round, ingest: ingested.status, erase: erased.status }).toEqual({ round, ingest: 200, erase: 200 });
      expect({ round, ingested: ingested.body }).toEqual({
        round,
        ingested: { accepted: N, duplicates: 0, suppressed: 0 },
      });

      const state = await stateOf(customerId);
      expect({ round, summary: state.summary }).toEqual({ round, summary: state.live });
      expect({ round, total: state.total }).toEqual({ round, total: state.historyIds.length || null });
      expect({ round, others: Object.values(state.others).every((n) => n === 0) }).toEqual({ round, others: true });
      if (state.historyIds.length === 0) {
        outcomes.eraseSecond++;
        expect({ round, deleted: erased.body.deleted }).toEqual({ round, deleted: deletedFor(PRIOR + N) });
      } else {
        outcomes.ingestSecond++;
        expect({ round, history: state.historyIds }).toEqual({
          round,
          history: items.map((item) => (item as { id: string }).id),
        });
        expect({ round, deleted: erased.body.deleted }).toEqual({ round, deleted: deletedFor(PRIOR) });
        expect(state.summary).toHaveLength(2);
      }
    }
    // Both orders happened, so the requests really raced.
    expect(outcomes.ingestSecond).toBeGreaterThan(0);
    expect(outcomes.eraseSecond).toBeGreaterThan(0);
  });

  it('ingest vs erase with suppress=true: nothing is left, and every item is either stored-then-erased or suppressed', async () => {
    const outcomes = { suppressed: 0, erased: 0 };
    for (let round = 0; round < SUPPRESS_ROUNDS; round++) {
      const customerId = `RACE_SUP_${round}`;
      await seedPrior(customerId);
      const items = batch(customerId, `s${round}`, N);
      const { ingested, erased } = await race(items, customerId, '?suppress=true', offsetOf(round, SUPPRESS_ROUNDS));
      expect({ round, statuses: [ingested.status, erased.status] }).toEqual({ round, statuses: [200, 200] });
      const state = await stateOf(customerId);
      expect({ round, history: state.historyIds, summary: state.summary, total: state.total }).toEqual({
        round,
        history: [],
        summary: [],
        total: null,
      });
      expect({ round, others: Object.values(state.others).every((n) => n === 0) }).toEqual({ round, others: true });
      if (ingested.body.suppressed === N) {
        outcomes.suppressed++;
        expect({ round, ingested: ingested.body }).toEqual({
          round,
          ingested: { accepted: 0, duplicates: 0, suppressed: N },
        });
        expect({ round, deleted: erased.body.deleted }).toEqual({ round, deleted: deletedFor(PRIOR) });
      } else {
        outcomes.erased++;
        expect({ round, ingested: ingested.body }).toEqual({
          round,
          ingested: { accepted: N, duplicates: 0, suppressed: 0 },
        });
        expect({ round, deleted: erased.body.deleted }).toEqual({ round, deleted: deletedFor(PRIOR + N) });
      }
    }
    expect(outcomes.suppressed).toBeGreaterThan(0);
    expect(outcomes.erased).toBeGreaterThan(0);
  });

  it('concurrent erasures of the same customer: one erases everything, the others find nothing', async () => {
    for (let round = 0; round < 10; round++) {
      const customerId = `RACE_TWICE_${round}`;
      await seedPrior(customerId);
      expect((await ingest(batch(customerId, `t${round}`, N))).body).toMatchObject({ accepted: N });
      const responses = await Promise.all([1, 2, 3, 4].map(() => erase(customerId)));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const deleted = responses.map((r) => r.body.deleted);
      const full = deleted.filter((d) => d.interactionHistory > 0);
      expect({ round, full }).toEqual({ round, full: [deletedFor(PRIOR + N)] });
      expect(deleted.filter((d) => Object.values(d).every((n) => n === 0))).toHaveLength(3);
      const state = await stateOf(customerId);
      expect({ round, history: state.historyIds, summary: state.summary }).toEqual({ round, history: [], summary: [] });
      const listed = await call(api, 'GET', `/api/v1/privacy/erasures?customerId=${customerId}`, { roles: ['admin'] });
      expect(listed.body.data).toHaveLength(4);
    }
  });
});
