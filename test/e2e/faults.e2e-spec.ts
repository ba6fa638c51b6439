import pg from 'pg';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The database failing under the running service: stopped (a restart), a connection killed in
 * the middle of a write, the pool exhausted. Each time the client gets a 503 problem+json with
 * Retry-After, /health says 503, nothing is half-written, and the service recovers by itself
 * (same process) once the database is back. The file runs its own PostgreSQL server, since
 * stopping the run's shared one would break every other file.
 */
const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const TYPES = ['impression', 'click', 'dismiss', 'convert'];
/** What the app's sessions are called in pg_stat_activity (data-source.options.ts). */
const APP_SESSION = 'customer-data-api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function batch(customerIds: string[], prefix: string, size: number): object[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `${prefix}_${String(i).padStart(4, '0')}`,
    customerId: customerIds[i % customerIds.length],
    offerId: 'offer_a',
    interactionType: TYPES[i % 4],
    timestamp: new Date(Date.UTC(2026, 2, 15, 10, 0, 0, i)).toISOString(),
  }));
}

/** A 503 problem+json that tells the client to come back. */
function expectUnavailable(response: JsonResponse): void {
  expectProblem(response, 503);
  expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
}

describe('database faults', () => {
  let server: OwnPostgres;
  /** A side connection of the test's own, to look at and lock what the app uses. */
  let side: pg.Client;

  const ingest = (api: TestApp, interactions: object[]) =>
    call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
  const profile = (api: TestApp, customerId: string) =>
    call(api, 'GET', `/api/v1/customers/${customerId}/unified-profile?sections=interactions`, { roles: ['viewer'] });
  const health = (api: TestApp) => call(api, 'GET', '/health');

  async function connectSide(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: server.url, application_name: 'faults-test' });
    // The server going away under it (test a) must not crash the test process.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  async function storedIds(customerIds: string[]): Promise<string[]> {
    const { rows } = await side.query<{ id: string }>(
      `SELECT customer_id || '/' || id AS id FROM interaction_history WHERE customer_id = ANY($1) ORDER BY 1`,
      [customerIds],
    );
    return rows.map((row) => row.id);
  }

  async function totals(customerIds: string[]): Promise<Record<string, number>> {
    const { rows } = await side.query<{ customer_id: string; total: number }>(
      `SELECT customer_id, total::int AS total FROM customer_interaction_total WHERE customer_id = ANY($1)`,
      [customerIds],
    );
    return Object.fromEntries(rows.map((row) => [row.customer_id, row.total]));
  }

  /** Waits until `count` sessions of the app wait for a lock; returns their pids and statements. */
  async function waitersOnLock(count: number): Promise<{ pid: number; query: string }[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await side.query<{ pid: number; query: string }>(
        `SELECT pid, query FROM pg_stat_activity
         WHERE application_name = $1 AND wait_event_type = 'Lock' ORDER BY pid`,
        [APP_SESSION],
      );
      if (rows.length >= count) return rows;
      if (Date.now() > deadline) throw new Error(`${rows.length} of ${count} app sessions are waiting on a lock`);
      await sleep(20);
    }
  }

  async function seedCatalog(api: TestApp): Promise<void> {
    const put = await call(api, 'PUT', '/api/v1/offers/offer_a', { roles: ['admin'], body: OFFER });
    expect([200, 201]).toContain(put.status);
  }

  beforeAll(async () => {
    server = await startOwnPostgres();
    side = await connectSide();
  }, 120_000);
  afterAll(async () => {
    await side?.end().catch(() => undefined);
    await server?.close();
  });

  describe('the database restarting', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({}, { databaseUrl: server.url });
      await seedCatalog(api);
    });
    // A failed test must not leave the server down under the next ones.
    afterEach(async () => {
      await server.start();
      await side.query('SELECT 1').catch(async () => {
        side = await connectSide();
      });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('answers 503 while it is down, then serves again from the same process, with the data intact', async () => {
      const before = batch(['F_RESTART'], 'before', 40);
      expect((await ingest(api, before)).body).toEqual({ accepted: 40, duplicates: 0, suppressed: 0 });
      expect((await health(api)).status).toBe(200);

      await side.end();
      await server.stop();

      const started = Date.now();
      expectUnavailable(await profile(api, 'F_RESTART'));
      expectUnavailable(await ingest(api, batch(['F_RESTART'], 'during', 10)));
      expectUnavailable(
        await call(api, 'GET', '/api/v1/interaction-history?customerId=F_RESTART', { roles: ['viewer'] }),
      );
      const down = await health(api);
      expectUnavailable(down);
      expect(down.body.detail).toBe('Not ready: database: down; migrations: not checked, the database did not answer.');
      // A refused connection is known at once: nothing waits for the pool timeout.
      expect(Date.now() - started).toBeLessThan(4_000);

      await server.start();
      side = await connectSide();

      // No restart of the app: its pool opens new connections to the new server.
      expect((await health(api)).status).toBe(200);
      const read = await profile(api, 'F_RESTART');
      expect(read.status).toBe(200);
      expect(read.body.interactions.totalCount).toBe(40);
      const after = batch(['F_RESTART'], 'after', 10);
      expect((await ingest(api, after)).body).toEqual({ accepted: 10, duplicates: 0, suppressed: 0 });
      // What was written before is all there; the batch refused during the outage is not.
      expect(await storedIds(['F_RESTART'])).toEqual(
        [...before, ...after].map((item) => `F_RESTART/${(item as { id: string }).id}`).sort(),
      );
      expect(await totals(['F_RESTART'])).toEqual({ F_RESTART: 50 });
    }, 60_000);

    it('rolls back a write the shutdown cut short, and takes its retry once', async () => {
      expect((await ingest(api, batch(['F_CUT'], 'prior', 1))).status).toBe(200);
      // The insert waits on the customer's total row, after writing its history rows.
      const locker = await connectSide();
      await locker.query('BEGIN');
      await locker.query(`SELECT 1 FROM customer_interaction_total WHERE customer_id = 'F_CUT' FOR UPDATE`);
      const items = batch(['F_CUT', 'F_CUT_OTHER'], 'cut', 30);
      const pending = ingest(api, items);
      const [waiting] = await waitersOnLock(1);
      expect(waiting.query).toContain('INSERT INTO interaction_history');

      // The shutdown cuts every session: the test's lock holder's and the waiting insert's.
      await side.end();
      await server.stop();
      await locker.end().catch(() => undefined);
      expectUnavailable(await pending);
      await server.start();
      side = await connectSide();

      expect(await storedIds(['F_CUT', 'F_CUT_OTHER'])).toEqual(['F_CUT/prior_0000']);
      expect((await ingest(api, items)).body).toEqual({ accepted: 30, duplicates: 0, suppressed: 0 });
      expect((await ingest(api, items)).body).toEqual({ accepted: 0, duplicates: 30, suppressed: 0 });
      expect(await storedIds(['F_CUT', 'F_CUT_OTHER'])).toHaveLength(31);
      expect(await totals(['F_CUT', 'F_CUT_OTHER'])).toEqual({ F_CUT: 16, F_CUT_OTHER: 15 });
    }, 60_000);
  });

  describe('a connection killed mid-request (pg_terminate_backend)', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({}, { databaseUrl: server.url });
      await seedCatalog(api);
    });
    afterAll(async () => {
      await api?.close();
    });

    it('answers 503, leaves none of the batch behind, and stores its retry exactly once', async () => {
      const items = batch(['F_KILL_OTHER', 'F_KILL'], 'kill', 200);
      const prior = batch(['F_KILL'], 'prior', 2);
      expect((await ingest(api, prior)).status).toBe(200);
      const locker = await connectSide();
      try {
        await locker.query('BEGIN');
        await locker.query(`SELECT 1 FROM customer_interaction_total WHERE customer_id = 'F_KILL' FOR UPDATE`);
        const pending = ingest(api, items);
        // The one statement that writes the batch is under way: it has inserted the history rows
        // and waits to add them to F_KILL's total.
        const [waiting] = await waitersOnLock(1);
        expect(waiting.query).toContain('INSERT INTO interaction_history');
        const { rows } = await side.query<{ done: boolean }>('SELECT pg_terminate_backend($1) AS done', [waiting.pid]);
        expect(rows).toEqual([{ done: true }]);
        expectUnavailable(await pending);
      } finally {
        await locker.end();
      }

      expect(await storedIds(['F_KILL', 'F_KILL_OTHER'])).toEqual(['F_KILL/prior_0000', 'F_KILL/prior_0001']);
      expect(await totals(['F_KILL', 'F_KILL_OTHER'])).toEqual({ F_KILL: 2 });

      expect((await ingest(api, items)).body).toEqual({ accepted: 200, duplicates: 0, suppressed: 0 });
      expect((await ingest(api, items)).body).toEqual({ accepted: 0, duplicates: 200, suppressed: 0 });
      expect(await storedIds(['F_KILL', 'F_KILL_OTHER'])).toHaveLength(202);
      expect(await totals(['F_KILL', 'F_KILL_OTHER'])).toEqual({ F_KILL: 102, F_KILL_OTHER: 100 });
      expect((await health(api)).status).toBe(200);
    }, 60_000);

    it('replaces idle connections killed under the pool without failing the next requests', async () => {
      // Open a few pooled connections, then kill every one of them while idle.
      const reads = await Promise.all(Array.from({ length: 4 }, () => profile(api, 'F_KILL')));
      expect(reads.map((read) => read.status)).toEqual([200, 200, 200, 200]);
      const { rows } = await side.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1`,
        [APP_SESSION],
      );
      expect(rows.length).toBeGreaterThan(0);
      await side.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [rows.map((r) => r.pid)]);
      // The pool hears of each death (the server says so before closing) and drops the connection.
      await sleep(200);

      for (let i = 0; i < 5; i++) expect((await profile(api, 'F_KILL')).status).toBe(200);
      expect((await health(api)).status).toBe(200);
    });
  });

  describe('the pool exhausted', () => {
    const POOL_TIMEOUT_MS = 300;
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp(
        { DATABASE_POOL_SIZE: '2', DATABASE_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS) },
        { databaseUrl: server.url },
      );
      await seedCatalog(api);
      expect((await ingest(api, batch(['F_POOL_READ'], 'seed', 3))).status).toBe(200);
    });
    afterAll(async () => {
      await api?.close();
    });

    it('answers a request that finds no free connection with a fast 503, and serves again once one is free', async () => {
      // Both connections are taken by ingests waiting for a customer lock the test holds.
      const locker = await connectSide();
      await locker.query(`SELECT pg_advisory_lock(hashtextextended('F_POOL', 0))`);
      const ingests = [ingest(api, batch(['F_POOL'], 'one', 10)), ingest(api, batch(['F_POOL'], 'two', 10))];
      try {
        await waitersOnLock(2);

        const started = Date.now();
        expectUnavailable(await profile(api, 'F_POOL_READ'));
        const waited = Date.now() - started;
        expect(waited).toBeGreaterThanOrEqual(POOL_TIMEOUT_MS - 50);
        expect(waited).toBeLessThan(POOL_TIMEOUT_MS + 1_500);
        expectUnavailable(await ingest(api, batch(['F_POOL_OTHER'], 'three', 10)));
        const down = await health(api);
        expectUnavailable(down);
        expect(down.body.detail).toMatch(/^Not ready: database: down/);
      } finally {
        await locker.end();
      }

      // The two held requests were only delayed, and the refused ones left nothing behind.
      const answered = await Promise.all(ingests);
      expect(answered.map((response) => response.body)).toEqual([
        { accepted: 10, duplicates: 0, suppressed: 0 },
        { accepted: 10, duplicates: 0, suppressed: 0 },
      ]);
      expect(await storedIds(['F_POOL_OTHER'])).toEqual([]);
      expect((await profile(api, 'F_POOL_READ')).status).toBe(200);
      expect((await health(api)).status).toBe(200);
      expect(await totals(['F_POOL', 'F_POOL_OTHER'])).toEqual({ F_POOL: 20 });
    }, 30_000);
  });
});
