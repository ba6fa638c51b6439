import pg from 'pg';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres.js';
import { startStreamingReplica, type StreamingReplica } from '../support/streaming-replica.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * DATABASE_REPLICA_URLS against a real streaming replica: a PostgreSQL server of the file's
 * own and a hot standby of it (test/support/streaming-replica.ts), the app on both. Pausing
 * the standby's replay proves which reads go to it: what is written meanwhile is on the
 * primary and absent from those reads until replay resumes. An erasure made meanwhile is final
 * on every primary path at once, and reaches the replica-routed reads once replayed.
 */
const OFFER = { name: 'Replica Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 50 };
const ZERO = {
  interactionHistory: 0,
  interactionSummary: 0,
  experimentAssignments: 0,
  impressions: 0,
  attributes: 0,
  metricValues: 0,
};

/** Stays throughout; gets more interactions while replay is paused. */
const KEEP = 'R_KEEP';
/** Erased (and suppressed) while replay is paused. */
const GONE = 'R_GONE';
/** First seen while replay is paused. */
const NEW = 'R_NEW';

const TYPES = ['impression', 'click', 'dismiss', 'convert'];
let sequence = 0;

/** `count` interactions of `customerId` on offer_r / cr_r, dated in the last hour. */
function interactions(customerId: string, count: number): object[] {
  return Array.from({ length: count }, () => {
    sequence += 1;
    return {
      id: `ih_${String(sequence).padStart(3, '0')}`,
      customerId,
      offerId: 'offer_r',
      creativeId: 'cr_r',
      interactionType: TYPES[sequence % TYPES.length],
      timestamp: new Date(Date.now() - 60_000 - sequence * 1_000).toISOString(),
    };
  });
}

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  let primary: OwnPostgres;
  let replica: StreamingReplica;
  let api: TestApp;
  /** The test's own connection to the primary. */
  let side: pg.Client;

  const admin = { roles: ['admin'] };
  const viewer = { roles: ['viewer'] };
  const ingest = (items: object[]) =>
    call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions: items } });
  const profile = (customerId: string) =>
    call(api, 'GET', `/api/v1/customers/${customerId}/unified-profile?sections=interactions,metrics`, viewer);
  const history = (query = '') => call(api, 'GET', `/api/v1/interaction-history${query}`, viewer);
  const summary = (groupBy: string) => call(api, 'GET', `/api/v1/interaction-summary?groupBy=${groupBy}`, viewer);
  const erase = (customerId: string) => call(api, 'DELETE', `/api/v1/customers/${customerId}?suppress=true`, admin);
  const health = () => call(api, 'GET', '/health');

  /** Rows of each customer in the primary's history, by SQL, not through the app. */
  async function primaryRows(): Promise<Record<string, number>> {
    const { rows } = await side.query<{ customer_id: string; n: number }>(
      `SELECT customer_id, count(*)::int AS n FROM interaction_history GROUP BY customer_id`,
    );
    return Object.fromEntries(rows.map((row) => [row.customer_id, row.n]));
  }

  /** The primary's tables with a customer_id column that hold rows of `customerId`. */
  async function tablesHolding(customerId: string): Promise<string[]> {
    const { rows: tables } = await side.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = current_schema() AND c.column_name = 'customer_id' AND t.table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['interaction_history', 'metric_value']));
    const holding: string[] = [];
    for (const { table_name: table } of tables) {
      const { rows } = await side.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${side.escapeIdentifier(table)} WHERE customer_id = $1`,
        [customerId],
      );
      if (rows[0].n > 0) holding.push(table);
    }
    return holding;
  }

  /** What the replica-routed reads show, in one object, to compare whole. */
  async function replicaView(): Promise<object> {
    const [keep, gone, added, byCustomer, all, byAction, byCustomerSummary] = await Promise.all([
      profile(KEEP),
      profile(GONE),
      profile(NEW),
      history(`?customerId=${GONE}&limit=100`),
      history('?limit=100'),
      summary('action'),
      summary('customer'),
    ]);
    const totalCount = (response: JsonResponse) =>
      response.status === 200 ? response.body.interactions.totalCount : response.status;
    const byId = (response: JsonResponse) => {
      expect(response.status).toBe(200);
      return Object.fromEntries(
        (response.body.summary as { id?: string; customerId?: string; total: number }[]).map((row) => [
          row.id ?? row.customerId,
          row.total,
        ]),
      );
    };
    return {
      profiles: { [KEEP]: totalCount(keep), [GONE]: totalCount(gone), [NEW]: totalCount(added) },
      goneMetrics: gone.status === 200 ? gone.body.metrics : gone.status,
      goneHistory: { total: byCustomer.body.total, rows: byCustomer.body.data.length },
      allHistory: { total: all.body.total, rows: all.body.data.length },
      actionSummary: byId(byAction),
      customerSummary: byId(byCustomerSummary),
    };
  }

  /** The same, as the primary's own rows say they are (the view of a replica that is caught up). */
  async function primaryView(): Promise<object> {
    const rows = await primaryRows();
    const { rows: metrics } = await side.query<{ metric_name: string; value: number }>(
      `SELECT metric_name, value FROM metric_value WHERE customer_id = $1`,
      [GONE],
    );
    const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
    const found = (customerId: string) => rows[customerId] ?? 404;
    return {
      profiles: { [KEEP]: found(KEEP), [GONE]: found(GONE), [NEW]: found(NEW) },
      goneMetrics: rows[GONE] === undefined ? 404 : Object.fromEntries(metrics.map((m) => [m.metric_name, m.value])),
      goneHistory: { total: rows[GONE] ?? 0, rows: rows[GONE] ?? 0 },
      allHistory: { total, rows: total },
      actionSummary: total === 0 ? {} : { offer_r: total },
      customerSummary: rows,
    };
  }

  beforeAll(async () => {
    primary = await startOwnPostgres();
    replica = await startStreamingReplica(primary);
    side = new pg.Client({ connectionString: primary.url, application_name: 'read-replica-test' });
    await side.connect();
    api = await startTestApp({ DATABASE_REPLICA_URLS: replica.url }, { databaseUrl: primary.url });
    for (const [path, body] of [
      ['/api/v1/channels/ch_r', { name: 'Replica Channel' }],
      ['/api/v1/offers/offer_r', OFFER],
      ['/api/v1/creatives/cr_r', { name: 'Replica Creative', offerId: 'offer_r', channelId: 'ch_r' }],
      ['/api/v1/metrics/engagement_score', { description: 'Engagement.' }],
    ] as const) {
      expect((await call(api, 'PUT', path, { ...admin, body })).status).toBe(201);
    }
  }, 180_000);

  afterAll(async () => {
    // Each step on its own: a failure in one still stops and removes the rest.
    await api?.close().catch(() => undefined);
    await side?.end().catch(() => undefined);
    await replica?.close().catch(() => undefined);
    await primary?.close();
  }, 60_000);

  it('serves writes through the replica once it has replayed them; /health reports it', async () => {
    expect((await ingest([...interactions(KEEP, 2), ...interactions(GONE, 3)])).body).toEqual({
      accepted: 5,
      duplicates: 0,
      suppressed: 0,
    });
    const metrics = await call(api, 'PUT', `/api/v1/customers/${GONE}/metrics`, {
      roles: ['editor'],
      body: { values: { engagement_score: 0.75 } },
    });
    expect(metrics.status).toBe(200);
    // The rollups hold these five; the next one is past their watermark (source: mixed).
    expect((await call(api, 'POST', '/api/v1/interaction-summary/refresh', admin)).status).toBe(200);
    expect((await ingest(interactions(GONE, 1))).body.accepted).toBe(1);
    await replica.caughtUp();

    const view = await replicaView();
    expect(view).toEqual(await primaryView());
    expect(view).toMatchObject({ profiles: { [KEEP]: 2, [GONE]: 4, [NEW]: 404 } });
    expect((await summary('action')).body).toMatchObject({ source: 'mixed', refreshedAt: expect.any(String) });
    // The app's pool on the replica (data-source.options.ts names its sessions).
    const [{ sessions }] = await replica.query<{ sessions: number }>(
      `SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE application_name = 'customer-data-api'`,
    );
    expect(sessions).toBeGreaterThan(0);

    const report = await health();
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
    expect(report.body.replicas).toEqual([
      { replica: 1, reachable: true, replayLagBytes: expect.any(Number), replayLagSeconds: expect.any(Number) },
    ]);
  });

  it('with replay paused, new writes are on the primary but not in the replica-routed reads', async () => {
    const before = await replicaView();
    await replica.pauseReplay();

    expect((await ingest([...interactions(KEEP, 3), ...interactions(NEW, 1)])).body.accepted).toBe(4);
    // On the primary, at once (the write has returned) ...
    expect(await primaryRows()).toEqual({ [KEEP]: 5, [GONE]: 4, [NEW]: 1 });
    // ... and in none of the reads that go to the replica: not the profiles, the history
    // (by customer or not) or the summaries.
    expect(await replicaView()).toEqual(before);
    const keep = await profile(KEEP);
    expect(keep.body.interactions.recentInteractions).toHaveLength(2);
    expect((await history(`?customerId=${KEEP}`)).body.total).toBe(2);
    // The replica itself says so.
    const [{ paused }] = await replica.query<{ paused: boolean }>(`SELECT pg_is_wal_replay_paused() AS paused`);
    expect(paused).toBe(true);

    const [state] = (await health()).body.replicas;
    expect(state).toMatchObject({ replica: 1, reachable: true });
    expect(state.replayLagBytes).toBeGreaterThan(0);
    expect(state.replayLagSeconds).toBeGreaterThanOrEqual(0);
    const scrape = await api.request('/metrics', { headers: bearer(['admin']) });
    const text = await scrape.text();
    expect(text).toMatch(/^db_replica_up\{replica="1"\} 1$/m);
    const lag = /^db_replica_replay_lag_bytes\{replica="1"\} (\S+)$/m.exec(text);
    expect(Number(lag?.[1])).toBeGreaterThan(0);
  });

  it('an erasure while replay is paused is final on every primary path at once, and on the replica once replayed', async () => {
    const stale = await replicaView();
    const erased = await erase(GONE);
    expect(erased.body).toEqual({
      success: true,
      deleted: { ...ZERO, interactionHistory: 4, interactionSummary: 1, metricValues: 1 },
    });

    // Primary paths never serve the customer again: erasing again finds nothing, ingest is
    // suppressed, the receipts are listed, the per-customer primary reads are empty, and no
    // table holds a row of it.
    expect((await erase(GONE)).body).toEqual({ success: true, deleted: ZERO });
    expect((await ingest(interactions(GONE, 2))).body).toEqual({ accepted: 0, duplicates: 0, suppressed: 2 });
    const receipts = await call(api, 'GET', `/api/v1/privacy/erasures?customerId=${GONE}`, admin);
    expect(receipts.body.data.map((r: { counts: object; suppressed: boolean }) => [r.counts, r.suppressed])).toEqual([
      [ZERO, true],
      [{ ...ZERO, interactionHistory: 4, interactionSummary: 1, metricValues: 1 }, true],
    ]);
    expect((await call(api, 'GET', `/api/v1/customers/${GONE}/metrics`, viewer)).body).toEqual({
      customerId: GONE,
      values: {},
    });
    expect(await tablesHolding(GONE)).toEqual([]);

    // The replica-routed reads still show it, as they were: the documented lag.
    expect(await replicaView()).toEqual(stale);
    expect((await profile(GONE)).body.metrics).toEqual({ engagement_score: 0.75 });

    await replica.resumeReplay();
    await replica.caughtUp();
    const view = await replicaView();
    expect(view).toEqual(await primaryView());
    expect(view).toMatchObject({
      profiles: { [KEEP]: 5, [GONE]: 404, [NEW]: 1 },
      goneMetrics: 404,
      goneHistory: { total: 0, rows: 0 },
      customerSummary: { [KEEP]: 5, [NEW]: 1 },
    });
    expectProblem(await profile(GONE), 404);
  });

  it('a replica that is down fails the reads routed to it (503), not the instance: /health stays 200', async () => {
    await replica.stop();
    const report = await health();
    expect(report.status).toBe(200);
    expect(report.body.replicas).toEqual([
      { replica: 1, reachable: false, replayLagBytes: null, replayLagSeconds: null },
    ]);
    const read = await profile(KEEP);
    expectProblem(read, 503);
    expect((await ingest(interactions(KEEP, 1))).body.accepted).toBe(1);
    expect((await primaryRows())[KEEP]).toBe(6);
  });
});
