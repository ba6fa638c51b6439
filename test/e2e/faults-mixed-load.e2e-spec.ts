import net from 'node:net';
import pg from 'pg';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The app's database connections killed (pg_terminate_backend) again and again while ingest,
 * erasures, summaries, refreshes, profiles and histories run side by side. Whichever moment a
 * kill lands on (before a query, mid-query, mid-transaction, at COMMIT, mid rollup read), the
 * client gets a 2xx, a documented 4xx or a 503 with Retry-After: never a 500. Afterwards
 * (no more kills) every acknowledged row is stored once, every acknowledged erasure holds,
 * and the summaries equal the history. Pass or fail does not depend on where the kills land;
 * how many requests they hit does. The file runs its own PostgreSQL server.
 */
const APP_SESSION = 'customer-data-api';
const TYPES = ['impression', 'click', 'dismiss', 'convert'] as const;
const OFFERS = ['offer_a', 'offer_b', 'offer_c'];
/** creative id, its offer, its channel */
const CREATIVES: [string, string, string][] = [
  ['cr_a1', 'offer_a', 'ch_1'],
  ['cr_a2', 'offer_a', 'ch_2'],
  ['cr_b1', 'offer_b', 'ch_1'],
];
/** Customers only ever written to: every acknowledged row of theirs must be there, once. */
const LOADED = Array.from({ length: 12 }, (_, i) => `L_${i}`);
/** Customers written, erased, and (odd ones) written again, each in that order. */
const ERASED = Array.from({ length: 8 }, (_, i) => `X_${i}`);
const INGEST_WORKERS = 3;
const BATCHES_PER_WORKER = 20;
const BATCH_SIZE = 25;
const READERS = 3;
const READS_PER_READER = 90;
/** A request refused with 503 this many times in a row fails the test: the app did not recover. */
const MAX_ATTEMPTS = 100;

interface Item {
  id: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: string;
  timestamp: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(values: readonly T[], i: number): T => values[i % values.length];

/** A batch with client ids (so a retry is idempotent), over `customers`, in the last few hours. */
function batch(prefix: string, customers: readonly string[], size: number, seed: number): Item[] {
  const now = Date.now();
  return Array.from({ length: size }, (_, i) => {
    const placement = (seed + i) % (CREATIVES.length + OFFERS.length);
    const [creativeId, offerId] =
      placement < CREATIVES.length ? CREATIVES[placement] : [undefined, OFFERS[placement - CREATIVES.length]];
    return {
      id: `${prefix}_${String(i).padStart(3, '0')}`,
      customerId: pick(customers, seed * 7 + i),
      offerId,
      ...(creativeId === undefined ? {} : { creativeId }),
      interactionType: pick(TYPES, seed + i * 3),
      timestamp: new Date(now - 3_600_000 - ((seed * 1000 + i) % 7_200_000)).toISOString(),
    };
  });
}

describe('lost database connections', () => {
  let server: OwnPostgres;
  let side: pg.Client;
  let api: TestApp;
  /** What the app logged: a 500's error class is named there. */
  const logged: string[] = [];
  /** Responses outside the contract: a 500, a 503 without Retry-After, an unexpected status. */
  const violations: string[] = [];
  let refused = 0;
  let answered = 0;

  beforeAll(async () => {
    server = await startOwnPostgres();
    side = new pg.Client({ connectionString: server.url, application_name: 'faults-test' });
    await side.connect();
    api = await startTestApp({}, { databaseUrl: server.url, logDestination: { write: (line) => logged.push(line) } });
    for (const [id, name] of [
      ['ch_1', 'Email'],
      ['ch_2', 'Web'],
    ]) {
      expect((await call(api, 'PUT', `/api/v1/channels/${id}`, { roles: ['admin'], body: { name } })).status).toBe(201);
    }
    for (const id of OFFERS) {
      const body = { name: id, issue: 'Cards', group: 'Premium', status: 'active', priority: 50 };
      expect((await call(api, 'PUT', `/api/v1/offers/${id}`, { roles: ['admin'], body })).status).toBe(201);
    }
    for (const [id, offerId, channelId] of CREATIVES) {
      const body = { name: id, offerId, channelId };
      expect((await call(api, 'PUT', `/api/v1/creatives/${id}`, { roles: ['admin'], body })).status).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await side?.end().catch(() => undefined);
    await server?.close();
  });

  /** Checks one response against the contract; true when it was refused with a 503 to retry. */
  function judge(label: string, response: JsonResponse, allowed: number[]): boolean {
    answered++;
    if (response.status === 503) {
      refused++;
      const problem = /^application\/problem\+json/.test(response.headers.get('content-type') ?? '');
      if (!problem || !/^\d+$/.test(response.headers.get('retry-after') ?? '')) {
        violations.push(`${label}: 503 without problem+json or Retry-After`);
      }
      return true;
    }
    if (!allowed.includes(response.status)) {
      violations.push(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return false;
  }

  /** Sends until the answer is not a 503 (bounded); returns that answer. */
  async function untilServed(
    label: string,
    send: () => Promise<JsonResponse>,
    allowed: number[],
  ): Promise<JsonResponse> {
    for (let attempt = 1; ; attempt++) {
      const response = await send();
      if (!judge(label, response, allowed)) return response;
      if (attempt === MAX_ATTEMPTS) throw new Error(`${label}: still 503 after ${MAX_ATTEMPTS} attempts`);
      await sleep(20);
    }
  }

  const ingest = (items: Item[]) =>
    call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions: items } });
  const erase = (customerId: string) => call(api, 'DELETE', `/api/v1/customers/${customerId}`, { roles: ['admin'] });

  it('killed repeatedly under mixed load: every answer a 2xx, a documented 4xx or a 503, nothing acknowledged lost', async () => {
    /** Every row the API acknowledged and that no acknowledged erasure came after. */
    const acknowledged = new Map<string, Item>();
    /** Batches refused with 503 under the kills: sent again once the kills stop. */
    const refusedBatches: Item[][] = [];
    let writersLeft = INGEST_WORKERS + 1;
    let kills = 0;

    const acknowledge = (items: Item[], response: JsonResponse) => {
      expect(response.body.accepted + response.body.duplicates).toBe(items.length);
      for (const item of items) acknowledged.set(`${item.customerId}/${item.id}`, item);
    };

    const ingestWorker = async (worker: number) => {
      for (let b = 0; b < BATCHES_PER_WORKER; b++) {
        const items = batch(`w${worker}_b${b}`, LOADED, BATCH_SIZE, worker * 100 + b);
        const response = await ingest(items);
        if (judge('ingest', response, [200])) refusedBatches.push(items);
        else if (response.status === 200) acknowledge(items, response);
      }
    };

    // Each erased customer in order: written, erased (acknowledged: nothing of it stays), and
    // the odd ones written again (a new history, which must stay).
    const erasureWorker = async () => {
      for (const [k, customerId] of ERASED.entries()) {
        const before = batch(`${customerId}_before`, [customerId], 10, k);
        // A violation is recorded by judge() and fails the test below; the script goes on.
        await untilServed('ingest', () => ingest(before), [200]);
        await untilServed('erasure', () => erase(customerId), [200]);
        if (k % 2 === 1) {
          const after = batch(`${customerId}_after`, [customerId], 10, k + 50);
          const written = await untilServed('ingest', () => ingest(after), [200]);
          if (written.status === 200) acknowledge(after, written);
        }
      }
    };

    const reader = async (r: number) => {
      for (let i = 0; i < READS_PER_READER; i++) {
        const customerId = pick([...LOADED, ...ERASED], r * 31 + i);
        switch ((r + i) % 6) {
          case 0:
          case 1: {
            const groupBy = pick(['action', 'treatment', 'channel', 'customer'], (r + i) >> 1);
            const path = `/api/v1/interaction-summary?groupBy=${groupBy}&days=3650&limit=1000`;
            judge(`summary ${groupBy}`, await call(api, 'GET', path, { roles: ['viewer'] }), [200]);
            break;
          }
          case 2:
            judge(
              'refresh',
              await call(api, 'POST', '/api/v1/interaction-summary/refresh', { roles: ['admin'] }),
              [200],
            );
            break;
          case 3:
          case 4: {
            const path = `/api/v1/customers/${customerId}/unified-profile`;
            judge('profile', await call(api, 'GET', path, { roles: ['viewer'] }), [200, 404]);
            break;
          }
          default: {
            const path = `/api/v1/interaction-history?customerId=${customerId}&limit=50`;
            judge('history', await call(api, 'GET', path, { roles: ['viewer'] }), [200]);
          }
        }
      }
    };

    // Kills until the writers are done: every app session, or only those inside a transaction
    // (caught between two statements: the form the old error mapping did not know).
    const killer = async () => {
      for (let round = 0; writersLeft > 0; round++) {
        const where = round % 2 === 0 ? '' : `AND state IN ('idle in transaction', 'active')`;
        const { rows } = await side.query<{ killed: number }>(
          `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS killed
           FROM pg_stat_activity WHERE application_name = $1 ${where}`,
          [APP_SESSION],
        );
        kills += rows[0].killed;
        await sleep(40 + (round % 4) * 20);
      }
    };

    const writers = [...Array.from({ length: INGEST_WORKERS }, (_, w) => ingestWorker(w)), erasureWorker()].map(
      (work) => work.finally(() => writersLeft--),
    );
    await Promise.all([killer(), ...writers, ...Array.from({ length: READERS }, (_, r) => reader(r))]);

    // Written at the kills' pace, the test shows how hard it pressed.
    process.stdout.write(
      `faults-mixed-load: ${answered} requests, ${refused} refused with 503, ${kills} connections killed\n`,
    );
    // The 500s' routes and error classes, as the app logged them.
    const serverErrors = logged
      .filter((line) => line.includes('"Request failed"'))
      .map((line) => JSON.parse(line) as { method: string; route: string; err?: { type?: string } })
      .map((line) => `${line.method} ${line.route}: ${line.err?.type}`);
    expect({ violations, serverErrors }).toEqual({ violations: [], serverErrors: [] });
    expect(kills).toBeGreaterThan(0);

    // The kills have stopped: every refused batch goes in now, each row exactly once.
    for (const items of refusedBatches) {
      acknowledge(items, await untilServed('ingest (retry)', () => ingest(items), [200]));
    }
    const { rows: stored } = await side.query<{ key: string }>(
      `SELECT customer_id || '/' || id AS key FROM interaction_history WHERE customer_id = ANY($1)`,
      [[...LOADED, ...ERASED]],
    );
    expect(stored.map((row) => row.key).sort()).toEqual([...acknowledged.keys()].sort());
    const { rows: totals } = await side.query<{ customer_id: string; total: number }>(
      `SELECT customer_id, total::int AS total FROM customer_interaction_total WHERE total > 0 AND customer_id = ANY($1)`,
      [[...LOADED, ...ERASED]],
    );
    const counted = new Map<string, number>();
    for (const item of acknowledged.values()) counted.set(item.customerId, (counted.get(item.customerId) ?? 0) + 1);
    expect(Object.fromEntries(totals.map((row) => [row.customer_id, row.total]))).toEqual(Object.fromEntries(counted));
    for (const [k, customerId] of ERASED.entries()) {
      const left = [...acknowledged.values()].filter((item) => item.customerId === customerId).length;
      expect({ customerId, left }).toEqual({ customerId, left: k % 2 === 1 ? 10 : 0 });
    }

    // The rollups the refreshes (interrupted or not) and erasures built equal the history.
    expect((await call(api, 'POST', '/api/v1/interaction-summary/refresh', { roles: ['admin'] })).status).toBe(200);
    for (const [groupBy, key] of [
      ['action', 'h.offer_id'],
      ['treatment', 'h.creative_id'],
      ['channel', 'c.channel_id'],
      ['customer', 'h.customer_id'],
    ]) {
      const summary = await call(api, 'GET', `/api/v1/interaction-summary?groupBy=${groupBy}&days=3650&limit=1000`, {
        roles: ['viewer'],
      });
      expect(summary.status).toBe(200);
      const { rows: expected } = await side.query<Record<string, string | number>>(
        `SELECT ${key} AS id,
                count(*) FILTER (WHERE interaction_type = 'impression')::int AS impression,
                count(*) FILTER (WHERE interaction_type = 'click')::int AS click,
                count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismiss,
                count(*) FILTER (WHERE interaction_type = 'convert')::int AS "convert",
                count(*)::int AS total
         FROM interaction_history h LEFT JOIN creative c ON c.id = h.creative_id
         WHERE ${key} IS NOT NULL GROUP BY 1`,
      );
      const answered = (summary.body.summary as Record<string, string | number>[])
        .map(({ id, customerId, impression, click, dismiss, convert, total }) => ({
          id: id ?? customerId,
          impression,
          click,
          dismiss,
          convert,
          total,
        }))
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      expected.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      expect({ groupBy, rows: answered }).toEqual({ groupBy, rows: expected });
    }
  }, 240_000);

  describe('a COMMIT whose answer is lost', () => {
    let cutter: CommitCutter;
    let viaCutter: TestApp;

    beforeAll(async () => {
      cutter = await commitCutter(server.url);
      viaCutter = await startTestApp({}, { databaseUrl: cutter.url });
    });
    afterAll(async () => {
      await viaCutter?.close();
      await cutter?.close();
    });

    const stored = async (customerId: string) => {
      const { rows } = await side.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM interaction_history WHERE customer_id = $1`,
        [customerId],
      );
      return rows[0].n;
    };
    /** A batch without ids: repeating it after a commit that held would store it twice. */
    const withoutIds = (customerId: string) => batch('unused', [customerId], 20, 3).map(({ id: _, ...item }) => item);

    it('answers an ingest whose COMMIT held as accepted, so that the client does not repeat it', async () => {
      cutter.arm('after');
      const response = await call(viaCutter, 'POST', '/api/v1/interactions', {
        roles: ['editor'],
        body: { interactions: withoutIds('CUT_HELD') },
      });
      expect(cutter.cuts).toBe(1);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 200,
        body: { accepted: 20, duplicates: 0, suppressed: 0 },
      });
      expect(await stored('CUT_HELD')).toBe(20);
    });

    it('answers an erasure whose COMMIT held with its counts, and leaves one receipt', async () => {
      const written = await call(viaCutter, 'POST', '/api/v1/interactions', {
        roles: ['editor'],
        body: { interactions: withoutIds('CUT_ERASED') },
      });
      expect(written.status).toBe(200);
      const receiptsBefore = await receipts();
      cutter.arm('after');
      const erased = await call(viaCutter, 'DELETE', '/api/v1/customers/CUT_ERASED', { roles: ['admin'] });
      expect(cutter.cuts).toBe(2);
      expect({ status: erased.status, history: erased.body?.deleted?.interactionHistory }).toEqual({
        status: 200,
        history: 20,
      });
      expect(await stored('CUT_ERASED')).toBe(0);
      expect(await receipts()).toBe(receiptsBefore + 1);
    });

    it('answers a write whose COMMIT never reached the server with a 503, having stored nothing', async () => {
      cutter.arm('before');
      const response = await call(viaCutter, 'POST', '/api/v1/interactions', {
        roles: ['editor'],
        body: { interactions: withoutIds('CUT_LOST') },
      });
      expect(cutter.cuts).toBe(3);
      expectProblem(response, 503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await stored('CUT_LOST')).toBe(0);
    });

    const receipts = async () => {
      const { rows } = await side.query<{ n: number }>(`SELECT count(*)::int AS n FROM erasure_receipt`);
      return rows[0].n;
    };
  });

  it('survives a new pool connection killed before anyone listens to it (no uncaught error event)', async () => {
    // pg-pool stops listening to a connection when it hands it out, and TypeORM starts a moment
    // later: a kill read in between was an uncaught 'error' event. A pool of the app's settings
    // hands out connections that are always listened to.
    const { extra } = dataSourceOptions({ url: server.url, poolSize: 1, applicationName: 'faults-handout' }) as {
      extra: pg.PoolConfig;
    };
    const pool = new pg.Pool({ connectionString: server.url, application_name: 'faults-handout', ...extra });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      expect(client.listenerCount('error')).toBeGreaterThan(0);
      const ended = new Promise((resolve) => client.once('end', resolve));
      const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      await side.query('SELECT pg_terminate_backend($1)', [pid]);
      await ended;
      const error = await client.query('SELECT 1').catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/not queryable/);
      client.release(error as Error);
    } finally {
      await pool.end();
    }
  });
});

interface CommitCutter {
  /** A URL of the server's database, through the cutter. */
  url: string;
  /**
   * The next COMMIT any connection sends cuts that connection: `after` the COMMIT is passed on
   * (the server commits; the client never hears), or `before` (the server never sees it).
   */
  arm(mode: 'after' | 'before'): void;
  /** How many connections it has cut. */
  readonly cuts: number;
  close(): Promise<void>;
}

/** A TCP proxy in front of PostgreSQL that loses one COMMIT's answer when armed. */
async function commitCutter(target: string): Promise<CommitCutter> {
  const upstreamUrl = new URL(target);
  // The simple-query message TypeORM sends to commit: 'Q', its length (4 + 7), "COMMIT\0".
  const COMMIT = Buffer.from('Q\0\0\0\x0bCOMMIT\0', 'latin1');
  let armed: 'after' | 'before' | undefined;
  let cuts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(upstreamUrl.port), upstreamUrl.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('data', (chunk: Buffer) => client.destroyed || client.write(chunk));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.writableEnded || upstream.destroy());
    client.on('data', (chunk: Buffer) => {
      const mode = armed;
      if (mode === undefined || !chunk.includes(COMMIT)) {
        upstream.write(chunk);
        return;
      }
      armed = undefined;
      cuts++;
      // 'after': the server reads the COMMIT, then the end of the stream; it commits first.
      if (mode === 'after') upstream.end(chunk);
      else upstream.destroy();
      client.destroy();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.href,
    arm: (mode) => {
      armed = mode;
    },
    get cuts() {
      return cuts;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
