import { DataSource } from 'typeorm';
import { addToCustomerSummarySql } from '../../src/modules/summary/customer-summary.sql.js';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PATH = '/api/v1/interaction-history';
const OFFER = { issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const CUSTOMERS = ['CUST001', 'CUST002', 'CUST003', 'CUST004'];
const TYPES = ['impression', 'click', 'dismiss', 'convert'];
/** Offer and creative of generated rows; offer_003 is kept for the tie-break rows. */
const PLACEMENTS: [string, string | undefined][] = [
  ['offer_001', 'creative_001'],
  ['offer_001', 'creative_002'],
  ['offer_001', undefined],
  ['offer_002', 'creative_003'],
  ['offer_002', undefined],
];
const BASE = Date.parse('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;

/** The seed's example row, stored exactly as the seed shows it. */
const SEED_ROW = {
  id: 'ih_001',
  customerId: 'CUST001',
  offerId: 'offer_001',
  creativeId: 'creative_001',
  interactionType: 'click',
  timestamp: '2026-03-15T10:30:00.000Z',
};

interface Interaction {
  id: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: string;
  timestamp?: string;
}

/**
 * 240 rows over 4 customers. Rows come in pairs that share an id and a timestamp but not a
 * customer (ids are unique per customer only), four rows share each minute, ids mix cases,
 * and offers, creatives (or none) and types are spread so every filter combination has rows.
 */
function generatedRows(): Interaction[] {
  return Array.from({ length: 240 }, (_, i) => {
    const pair = Math.floor(i / 2);
    const [offerId, creativeId] = PLACEMENTS[(i * 7) % PLACEMENTS.length];
    return {
      id: `${pair % 3 === 0 ? 'IH' : 'ih'}_${String(pair).padStart(3, '0')}`,
      customerId: CUSTOMERS[(pair + (i % 2)) % CUSTOMERS.length],
      offerId,
      ...(creativeId === undefined ? {} : { creativeId }),
      interactionType: TYPES[Math.floor(i / 3) % TYPES.length],
      timestamp: new Date(BASE + Math.floor(i / 4) * MINUTE).toISOString(),
    };
  });
}

type Filters = Partial<Record<'customerId' | 'offerId' | 'creativeId' | 'type', string>>;
type Query = Record<string, string>;

const key = (row: { customerId: string; id: string }) => `${row.customerId}/${row.id}`;

describe('GET /interaction-history', () => {
  let api: TestApp;
  let db: DataSource;
  let liveIds = 0;

  const get = (query: Query = {}, roles: string[] = ['viewer']): Promise<JsonResponse> =>
    call(api, 'GET', `${PATH}?${new URLSearchParams(query).toString()}`, { roles });

  async function ingest(interactions: Interaction[]): Promise<void> {
    for (let i = 0; i < interactions.length; i += 1000) {
      const response = await call(api, 'POST', '/api/v1/interactions', {
        roles: ['editor'],
        body: { interactions: interactions.slice(i, i + 1000) },
      });
      expect(response.status).toBe(200);
      expect(response.body.duplicates).toBe(0);
    }
  }

  /** Independent of the code under test: the rows a filter set matches, newest first, from SQL. */
  function sqlWhere(filters: Filters): { sql: string; parameters: string[] } {
    const columns = {
      customerId: 'customer_id',
      offerId: 'offer_id',
      creativeId: 'creative_id',
      type: 'interaction_type',
    };
    const entries = Object.entries(filters).filter(([, value]) => value !== undefined);
    return {
      sql:
        entries.length === 0
          ? ''
          : `WHERE ${entries.map(([name], i) => `${columns[name as keyof Filters]}::text = $${i + 1}`).join(' AND ')}`,
      parameters: entries.map(([, value]) => value),
    };
  }

  async function sqlKeys(filters: Filters): Promise<string[]> {
    const { sql, parameters } = sqlWhere(filters);
    const rows = await db.query<{ key: string }[]>(
      `SELECT customer_id || '/' || id AS key FROM interaction_history ${sql}
       ORDER BY occurred_at DESC, id DESC, customer_id DESC`,
      parameters,
    );
    return rows.map((row) => row.key);
  }

  async function sqlCount(filters: Filters): Promise<number> {
    const { sql, parameters } = sqlWhere(filters);
    const [{ n }] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM interaction_history ${sql}`,
      parameters,
    );
    return n;
  }

  /** Follows nextCursor to the end; `between` runs after each page that has a successor. */
  async function walk(
    query: Query,
    limit: number,
    between?: (page: number) => Promise<void>,
  ): Promise<{ keys: string[]; pages: JsonResponse[] }> {
    const keys: string[] = [];
    const pages: JsonResponse[] = [];
    let cursor: string | null = null;
    do {
      const response = await get({ ...query, limit: String(limit), ...(cursor === null ? {} : { cursor }) });
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 200 });
      expect(response.body.data.length).toBeLessThanOrEqual(limit);
      expect(response.body.hasMore).toBe(response.body.nextCursor !== null);
      if (response.body.hasMore) expect(response.body.data).toHaveLength(limit);
      keys.push(...response.body.data.map(key));
      pages.push(response);
      cursor = response.body.nextCursor;
      if (cursor !== null && between) await between(pages.length);
      expect(pages.length).toBeLessThan(1000);
    } while (cursor !== null);
    return { keys, pages };
  }

  /** Rows written through the API while a walk runs: new ids, the server's clock or a given time. */
  function liveRows(count: number, customerId: string, timestamp?: string): Interaction[] {
    return Array.from({ length: count }, () => ({
      id: `live_${++liveIds}`,
      customerId,
      offerId: 'offer_001',
      creativeId: 'creative_002',
      interactionType: 'impression',
      ...(timestamp === undefined ? {} : { timestamp }),
    }));
  }

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    const admin = { roles: ['admin'] };
    await call(api, 'PUT', '/api/v1/channels/ch_001', { ...admin, body: { name: 'Marketing Email' } });
    await call(api, 'PUT', '/api/v1/channels/ch_002', { ...admin, body: { name: 'SMS' } });
    for (const [id, name] of [
      ['offer_001', 'Platinum Card'],
      ['offer_002', 'Gold Card'],
      ['offer_003', 'Travel Card'],
    ]) {
      expect((await call(api, 'PUT', `/api/v1/offers/${id}`, { ...admin, body: { ...OFFER, name } })).status).toBe(201);
    }
    for (const [id, name, offerId, channelId] of [
      ['creative_001', 'Email Hero', 'offer_001', 'ch_001'],
      ['creative_002', 'SMS Nudge', 'offer_001', 'ch_002'],
      ['creative_003', 'Gold Banner', 'offer_002', 'ch_001'],
    ]) {
      const put = await call(api, 'PUT', `/api/v1/creatives/${id}`, { ...admin, body: { name, offerId, channelId } });
      expect(put.status).toBe(201);
    }
    await ingest([SEED_ROW, ...generatedRows()]);
  });
  afterAll(async () => {
    await api.close();
  });

  describe('rows', () => {
    it('answers the seed’s example row field by field, joined to its offer, creative and channel', async () => {
      const response = await get({ customerId: 'CUST001', limit: '1' });
      expect(response.status).toBe(200);
      expect(Object.keys(response.body)).toEqual(['data', 'total', 'hasMore', 'nextCursor']);
      expect(response.body.data).toEqual([
        {
          id: 'ih_001',
          customerId: 'CUST001',
          offerId: 'offer_001',
          creativeId: 'creative_001',
          interactionType: 'click',
          timestamp: '2026-03-15T10:30:00.000Z',
          offer: { id: 'offer_001', name: 'Platinum Card' },
          creative: { id: 'creative_001', name: 'Email Hero', channel: { id: 'ch_001', name: 'Marketing Email' } },
        },
      ]);
      expect(Object.keys(response.body.data[0])).toEqual([
        'id',
        'customerId',
        'offerId',
        'creativeId',
        'interactionType',
        'timestamp',
        'offer',
        'creative',
      ]);
      expect(response.body.total).toBe(await sqlCount({ customerId: 'CUST001' }));
      expect(response.body.total).toBeGreaterThan(1);
      expect(response.body.hasMore).toBe(true);
      expect(response.body.nextCursor).toEqual(expect.any(String));
    });

    it('shows an interaction without a creative with creativeId and creative null', async () => {
      const response = await get({ customerId: 'CUST002', offerId: 'offer_002', limit: '100' });
      const withoutCreative = response.body.data.filter((row: { creativeId: unknown }) => row.creativeId === null);
      expect(withoutCreative.length).toBeGreaterThan(0);
      for (const row of withoutCreative) {
        expect(row).toMatchObject({ creativeId: null, creative: null, offer: { id: 'offer_002', name: 'Gold Card' } });
      }
    });

    it('defaults to 20 rows, newest first, timestamps in ISO 8601 UTC with milliseconds', async () => {
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(20);
      expect(response.body.data.map(key)).toEqual((await sqlKeys({})).slice(0, 20));
      for (const row of response.body.data) expect(row.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(response.body.total).toBe(await sqlCount({}));
    });

    it('keeps rows whose catalog entries are missing, with null names (event rows carry no foreign keys)', async () => {
      // Only SQL can make such a row: the API checks every reference.
      await db.query(
        `INSERT INTO interaction_history (customer_id, id, offer_id, creative_id, interaction_type, occurred_at)
         VALUES ('CUST_ORPHAN', 'ih_orphan', 'offer_gone', 'creative_gone', 'click', '2026-03-02T00:00:00Z')`,
      );
      const response = await get({ creativeId: 'creative_gone' });
      expect(response.body).toEqual({
        data: [
          {
            id: 'ih_orphan',
            customerId: 'CUST_ORPHAN',
            offerId: 'offer_gone',
            creativeId: 'creative_gone',
            interactionType: 'click',
            timestamp: '2026-03-02T00:00:00.000Z',
            offer: { id: 'offer_gone', name: null },
            creative: { id: 'creative_gone', name: null, channel: null },
          },
        ],
        total: 1,
        hasMore: false,
        nextCursor: null,
      });
    });
  });

  describe('filters', () => {
    const VALUES: Required<Filters> = {
      customerId: 'CUST002',
      offerId: 'offer_001',
      creativeId: 'creative_002',
      type: 'impression',
    };
    const NAMES = Object.keys(VALUES) as (keyof Filters)[];
    const COMBINATIONS: Filters[] = Array.from({ length: 16 }, (_, mask) =>
      Object.fromEntries(NAMES.filter((_name, bit) => mask & (1 << bit)).map((name) => [name, VALUES[name]])),
    );
    const LIMITS = [3, 7, 20, 100];

    it.each(COMBINATIONS.map((filters, i) => [JSON.stringify(filters), LIMITS[i % LIMITS.length], filters] as const))(
      '%s, limit %d: every matching row exactly once, in order, with the exact total',
      async (_name, limit, filters) => {
        const expected = await sqlKeys(filters);
        expect(expected.length).toBeGreaterThan(0);
        const { keys, pages } = await walk(filters, limit);
        expect(keys).toEqual(expected);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / limit)));
        const total = await sqlCount(filters);
        expect(total).toBe(expected.length);
        for (const page of pages) expect(page.body.total).toBe(total);
        for (const row of pages.flatMap((page) => page.body.data)) {
          if (filters.customerId) expect(row.customerId).toBe(filters.customerId);
          if (filters.offerId) expect(row.offerId).toBe(filters.offerId);
          if (filters.creativeId) expect(row.creativeId).toBe(filters.creativeId);
          if (filters.type) expect(row.interactionType).toBe(filters.type);
        }
      },
    );

    it.each([1, 13, 100])('walks the whole unfiltered history with limit %d', async (limit) => {
      const { keys } = await walk({}, limit);
      expect(keys).toEqual(await sqlKeys({}));
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('combines filters with AND: a creative of another offer matches nothing', async () => {
      const response = await get({ offerId: 'offer_002', creativeId: 'creative_002' });
      expect(response.body).toEqual({ data: [], total: 0, hasMore: false, nextCursor: null });
      const unknown = await get({ customerId: 'NOBODY' });
      expect(unknown.body).toEqual({ data: [], total: 0, hasMore: false, nextCursor: null });
    });

    it.each([
      ['actionId', 'offerId', 'offer_001'],
      ['treatmentId', 'creativeId', 'creative_002'],
    ])('%s is an alias of %s', async (alias, name, value) => {
      const byName = await walk({ customerId: 'CUST002', [name]: value }, 5);
      const byAlias = await walk({ customerId: 'CUST002', [alias]: value }, 5);
      expect(byAlias.keys).toEqual(byName.keys);
      expect(byAlias.pages[0].body.total).toBe(byName.pages[0].body.total);
      const both = await get({ customerId: 'CUST002', [name]: value, [alias]: value, limit: '100' });
      expect(both.status).toBe(200);
      expect(both.body.data.map(key)).toEqual(byName.keys);
    });

    it('accepts a cursor across the spellings of one filter (aliases are resolved first)', async () => {
      const first = await get({ actionId: 'offer_001', limit: '5' });
      const second = await get({ offerId: 'offer_001', limit: '5', cursor: first.body.nextCursor });
      expect(second.status).toBe(200);
      const expected = await sqlKeys({ offerId: 'offer_001' });
      expect([...first.body.data, ...second.body.data].map(key)).toEqual(expected.slice(0, 10));
    });

    it.each([
      [{ offerId: 'offer_001', actionId: 'offer_002' }, 'actionId'],
      [{ creativeId: 'creative_001', treatmentId: 'creative_002' }, 'treatmentId'],
    ])('rejects a name and its alias with different values: %j', async (query, field) => {
      expectProblem(await get(query), 400, [field]);
    });
  });

  describe('order', () => {
    beforeAll(async () => {
      const at = '2026-03-05T12:00:00.000Z';
      const tie = (customerId: string, id: string): Interaction => ({
        id,
        customerId,
        offerId: 'offer_003',
        interactionType: 'click',
        timestamp: at,
      });
      await ingest([
        ...['tie_c', 'tie_a', 'tie_e', 'tie_b', 'tie_d', 'tie_x'].map((id) => tie('CUST_TIE', id)),
        tie('CUST_TIE2', 'tie_x'),
        { ...tie('CUST_TIE', 'tie_z'), timestamp: '2026-03-05T11:59:59.999Z' },
      ]);
    });

    it.each([1, 2, 100])(
      'breaks timestamp ties by id, descending (then customer), walking with limit %d',
      async (limit) => {
        const { keys } = await walk({ offerId: 'offer_003' }, limit);
        expect(keys).toEqual([
          'CUST_TIE2/tie_x',
          'CUST_TIE/tie_x',
          'CUST_TIE/tie_e',
          'CUST_TIE/tie_d',
          'CUST_TIE/tie_c',
          'CUST_TIE/tie_b',
          'CUST_TIE/tie_a',
          'CUST_TIE/tie_z',
        ]);
      },
    );

    it('keeps microseconds in the cursor: rows within one millisecond are neither skipped nor repeated', async () => {
      // The API stores client timestamps in milliseconds; rows stamped by the server's clock
      // (no timestamp given) carry microseconds. SQL sets such rows up deterministically, and
      // keeps the customer summary exact the way ingest does.
      const rows: [string, string][] = [
        ['us_1', '2026-03-20T08:00:00.000100Z'],
        ['us_2', '2026-03-20T08:00:00.000900Z'],
        ['us_3', '2026-03-20T08:00:00.000500Z'],
        ['us_4', '2026-03-20T08:00:00.000900Z'],
        ['us_5', '2026-03-20T08:00:00.000999Z'],
        ['us_6', '2026-03-20T07:59:59.999999Z'],
      ];
      await db.query(
        `WITH inserted AS (
           INSERT INTO interaction_history (customer_id, id, offer_id, interaction_type, occurred_at)
           SELECT 'CUST_US', t.id, 'offer_002', 'click', t.at::timestamptz FROM unnest($1::text[], $2::text[]) AS t(id, at)
           RETURNING customer_id, offer_id, interaction_type, occurred_at
         ),
         summary AS (${addToCustomerSummarySql('inserted')})
         SELECT count(*) FROM inserted`,
        [rows.map(([id]) => id), rows.map(([, at]) => at)],
      );
      const { keys, pages } = await walk({ customerId: 'CUST_US' }, 1);
      expect(keys).toEqual(['us_5', 'us_4', 'us_2', 'us_3', 'us_1', 'us_6'].map((id) => `CUST_US/${id}`));
      expect(pages.map((page) => page.body.data[0].timestamp)).toEqual([
        ...Array(5).fill('2026-03-20T08:00:00.000Z'),
        '2026-03-20T07:59:59.999Z',
      ]);
      expect(pages[0].body.total).toBe(6);
      const unfiltered = await walk({}, 3);
      expect(unfiltered.keys).toEqual(await sqlKeys({}));
    });
  });

  describe('cursors under concurrent writes', () => {
    it('never shows rows written after the first page with newer timestamps, nor skips or repeats an old row', async () => {
      for (const [query, customerId] of [
        [{}, 'CUST_LIVE'],
        [{ customerId: 'CUST002' }, 'CUST002'],
        [{ offerId: 'offer_001', type: 'impression' }, 'CUST_LIVE'],
      ] as [Query, string][]) {
        const before = await sqlKeys(query);
        const written: string[] = [];
        const { keys } = await walk(query, 7, async () => {
          const rows = liveRows(3, customerId);
          await ingest(rows);
          written.push(...rows.map(key));
        });
        expect(keys).toEqual(before);
        expect(written.length).toBeGreaterThan(0);
        expect(await sqlKeys(query)).toEqual(expect.arrayContaining(written));
      }
    });

    it('shows back-dated rows written behind the cursor exactly once, in their place', async () => {
      const query = { customerId: 'CUST003' };
      const before = await sqlKeys(query);
      const backdated: string[] = [];
      const { keys } = await walk(query, 5, async (page) => {
        if (page !== 1) return;
        // Older than every row of the customer: the walk has not reached them yet.
        const rows = liveRows(4, 'CUST003', '2026-02-01T00:00:00.000Z');
        await ingest(rows);
        backdated.push(...rows.map(key));
      });
      expect(keys).toEqual(await sqlKeys(query));
      expect(keys.slice(0, before.length)).toEqual(before);
      expect(keys.slice(before.length).sort()).toEqual([...backdated].sort());
    });

    it('returns every old row exactly once while a writer runs concurrently with the walk', async () => {
      const before = await sqlKeys({});
      const newer = new Set<string>();
      const backdated = new Set<string>();
      let walking = true;
      let writer: Promise<void> | undefined;
      const write = async () => {
        for (let round = 0; walking; round++) {
          const backdating = round % 2 === 1;
          // Older than every row so far: a walk that has not reached the end will show them.
          const rows = backdating ? liveRows(5, 'CUST_LIVE', '2026-01-15T00:00:00.000Z') : liveRows(20, 'CUST_LIVE');
          // Known before the write commits, so any row the walk sees is accounted for.
          for (const row of rows) (backdating ? backdated : newer).add(key(row));
          await ingest(rows);
        }
      };
      let keys: string[];
      try {
        ({ keys } = await walk({}, 9, async (page) => {
          // The writer starts once the first page is out, then runs alongside the walk.
          if (page === 1) writer = write();
          await new Promise((resolve) => setTimeout(resolve, 2));
        }));
      } finally {
        walking = false;
        await writer;
      }
      expect(newer.size).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.slice(0, before.length)).toEqual(before);
      // After the old rows, only back-dated rows the walk had not passed yet.
      for (const extra of keys.slice(before.length)) expect(backdated.has(extra)).toBe(true);
      expect(keys.filter((k) => newer.has(k))).toEqual([]);
    });
  });

  describe('bad cursors', () => {
    let cursor: string;

    beforeAll(async () => {
      const first = await get({ customerId: 'CUST001', limit: '2' });
      cursor = first.body.nextCursor;
      expect(cursor).toEqual(expect.any(String));
    });

    it('accepts the cursor with the same filters and another limit', async () => {
      const next = await get({ customerId: 'CUST001', limit: '3', cursor });
      expect(next.status).toBe(200);
      expect(next.body.data.map(key)).toEqual((await sqlKeys({ customerId: 'CUST001' })).slice(2, 5));
    });

    it.each([
      ['another customer', { customerId: 'CUST002' }],
      ['no filters', {}],
      ['a filter added', { customerId: 'CUST001', type: 'click' }],
      ['an alias added with another filter', { customerId: 'CUST001', actionId: 'offer_001' }],
    ])('rejects it with %s (400 naming cursor)', async (_case, query) => {
      const problem = expectProblem(await get({ ...query, cursor }), 400, ['cursor']);
      expect(problem.detail).toMatch(/other filters/);
    });

    it('rejects it with a character flipped anywhere (400 naming cursor)', async () => {
      const [body] = cursor.split('.');
      for (const i of [0, Math.floor(body.length / 2), body.length - 1, body.length + 1, cursor.length - 2]) {
        const flipped = cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
        expectProblem(await get({ customerId: 'CUST001', cursor: flipped }), 400, ['cursor']);
      }
    });

    it.each([
      ['garbage', 'garbage'],
      ['empty', ''],
      ['an unsigned id cursor', Buffer.from(JSON.stringify({ after: 'ih_001' })).toString('base64url')],
      ['too long', 'a'.repeat(2000)],
    ])('rejects a cursor that is %s (400 naming cursor)', async (_case, value) => {
      expectProblem(await get({ customerId: 'CUST001', cursor: value }), 400, ['cursor']);
    });
  });

  describe('validation', () => {
    it.each(['0', '101', 'abc', '1.5', '-1', ''])('rejects limit=%p (400 naming limit)', async (limit) => {
      expectProblem(await get({ limit }), 400, ['limit']);
    });

    it('accepts limit 1 and 100', async () => {
      expect((await get({ limit: '1' })).body.data).toHaveLength(1);
      expect((await get({ limit: '100' })).body.data).toHaveLength(100);
    });

    it.each([
      [{ type: 'purchase' }, 'type'],
      [{ type: 'Click' }, 'type'],
      [{ customerId: 'bad id' }, 'customerId'],
      [{ offerId: 'x'.repeat(129) }, 'offerId'],
      [{ treatmentId: 'bad/id' }, 'treatmentId'],
      [{ colour: 'red' }, 'colour'],
      [{ customer_id: 'CUST001' }, 'customer_id'],
    ])('rejects %j (400 naming the field)', async (query, field) => {
      expectProblem(await get(query), 400, [field]);
    });

    it('rejects a repeated filter', async () => {
      const response = await call(api, 'GET', `${PATH}?customerId=CUST001&customerId=CUST002`, { roles: ['viewer'] });
      expectProblem(response, 400, ['customerId']);
    });
  });

  // Last: it refreshes the rollups, erases a customer and starts a second instance.
  describe('totals from the rollups and the rows written since their refresh', () => {
    const VALUES: Required<Filters> = {
      customerId: 'CUST001',
      offerId: 'offer_001',
      creativeId: 'creative_002',
      type: 'impression',
    };
    const NAMES = Object.keys(VALUES) as (keyof Filters)[];
    const COMBINATIONS: Filters[] = [
      ...Array.from({ length: 16 }, (_, mask) =>
        Object.fromEntries(NAMES.filter((_name, bit) => mask & (1 << bit)).map((name) => [name, VALUES[name]])),
      ),
      { creativeId: 'creative_gone' },
      { offerId: 'offer_002', creativeId: 'creative_002' },
      { type: 'convert' },
      { offerId: 'offer_003' },
    ];

    async function expectExactTotals(label: string, app?: TestApp): Promise<void> {
      for (const filters of COMBINATIONS) {
        const query = new URLSearchParams({ ...filters, limit: '1' }).toString();
        const response = await call(app ?? api, 'GET', `${PATH}?${query}`, { roles: ['viewer'] });
        expect({ label, filters, total: response.body.total }).toEqual({
          label,
          filters,
          total: await sqlCount(filters),
        });
      }
    }

    async function refresh(): Promise<void> {
      expect((await call(api, 'POST', '/api/v1/interaction-summary/refresh', { roles: ['admin'] })).status).toBe(200);
    }

    it('equal count(*) for every filter combination, across writes, refreshes and an erasure', async () => {
      await expectExactTotals('before any refresh');
      await refresh();
      await expectExactTotals('refreshed');
      await ingest([
        ...liveRows(4, 'CUST_TAIL'),
        ...liveRows(3, 'CUST001', '2026-03-01T08:00:00.000Z'),
        { id: 'tail_no_creative', customerId: 'CUST_TAIL', offerId: 'offer_002', interactionType: 'convert' },
      ]);
      await expectExactTotals('rows past the watermark');
      const erased = await call(api, 'DELETE', '/api/v1/customers/CUST003', { roles: ['admin'] });
      expect(erased.status).toBe(200);
      expect(erased.body.deleted.interactionHistory).toBeGreaterThan(0);
      await expectExactTotals('after an erasure');
      await refresh();
      await expectExactTotals('refreshed again');
      const counting = await startTestApp({ SUMMARY_MATERIALIZED: 'false' }, { databaseUrl: api.databaseUrl });
      try {
        await expectExactTotals('SUMMARY_MATERIALIZED=false', counting);
      } finally {
        await counting.close();
      }
    });

    // liveRows are offer_001, creative_002, impressions: with CUST001 they match every one of the 16.
    const MATCHING_ALL = COMBINATIONS.slice(0, 16);

    /** The first row and the total, read together (an empty page still has its total). */
    async function expectExactTotal(label: string, filters: Filters): Promise<void> {
      const response = await get({ ...filters, limit: '1' });
      expect({ label, filters, first: response.body.data.map(key), total: response.body.total }).toEqual({
        label,
        filters,
        first: (await sqlKeys(filters)).slice(0, 1),
        total: await sqlCount(filters),
      });
    }

    it('count the rows written since a refresh once, and no row twice right after the next refresh', async () => {
      for (const filters of MATCHING_ALL) {
        // The instance plans its next total with the watermark this read saw.
        await expectExactTotal('current watermark', filters);
        await ingest(liveRows(3, 'CUST001'));
        await expectExactTotal('rows past the watermark', filters);
        // The refresh merges those rows: the watermark the instance saw last no longer is the
        // rollups', and a total planned with it counts them in the rollups and in the tail.
        await refresh();
        await expectExactTotal('first read after a refresh', filters);
        await expectExactTotal('second read after a refresh', filters);
      }
    });

    it('stay exact after erasing a customer with rows in the rollups and past the watermark', async () => {
      await ingest(liveRows(4, 'CUST_GONE'));
      await refresh();
      await ingest(liveRows(3, 'CUST_GONE'));
      await expectExactTotal('before the erasure', {});
      const erased = await call(api, 'DELETE', '/api/v1/customers/CUST_GONE', { roles: ['admin'] });
      expect({ status: erased.status, deleted: erased.body.deleted.interactionHistory }).toEqual({
        status: 200,
        deleted: 7,
      });
      for (const filters of COMBINATIONS) await expectExactTotal('after the erasure', filters);
      await refresh();
      for (const filters of COMBINATIONS) await expectExactTotal('refreshed after the erasure', filters);
    });
  });

  describe('access', () => {
    it.each(['admin', 'editor', 'viewer'])('lets %s read', async (role) => {
      expect((await get({ limit: '1' }, [role])).status).toBe(200);
    });

    it('refuses anonymous callers (401) and tokens without a role (403)', async () => {
      expectProblem(await call(api, 'GET', PATH), 401);
      expectProblem(await call(api, 'GET', PATH, { roles: [] }), 403);
    });
  });
});
