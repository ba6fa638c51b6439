import pg from 'pg';
import { CustomerHasher } from '../../src/modules/privacy/customer-hasher.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';

const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ZERO = {
  interactionHistory: 0,
  interactionSummary: 0,
  experimentAssignments: 0,
  impressions: 0,
  attributes: 0,
  metricValues: 0,
};
/** What `loadCustomer` stores for one customer, as the erasure should count it. */
const LOADED = {
  interactionHistory: 7,
  interactionSummary: 2,
  experimentAssignments: 2,
  impressions: 3,
  attributes: 2,
  metricValues: 3,
};
/** The same, by table. */
const LOADED_ROWS = {
  interaction_history: 7,
  customer_interaction_summary: 2,
  experiment_assignment: 2,
  impression: 3,
  schema_record: 2,
  metric_value: 3,
};
const TYPES = ['impression', 'click', 'dismiss', 'convert'];

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

describe('DELETE /customers/{id} (GDPR erasure)', () => {
  let api: TestApp;
  let db: pg.Client;
  let hash: (customerId: string) => string;
  /** Every table with a customer_id column, found in the catalog: a new one is covered without edits. */
  let customerTables: string[];

  const admin = { roles: ['admin'] };
  const erase = (customerId: string, query = '', roles: string[] = ['admin']) =>
    call(api, 'DELETE', `/api/v1/customers/${customerId}${query}`, { roles });
  const receipts = (query = '', roles: string[] = ['admin']) =>
    call(api, 'GET', `/api/v1/privacy/erasures${query}`, { roles });
  const lift = (customerId: string, roles: string[] = ['admin']) =>
    call(api, 'DELETE', `/api/v1/privacy/suppressions/${customerId}`, { roles });
  const ingest = (interactions: object[]) =>
    call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
  const ingestImpressions = (impressions: object[]) =>
    call(api, 'POST', '/api/v1/impressions', { roles: ['editor'], body: { impressions } });

  /** Loads a customer through the API: 7 interactions on 2 offers, 3 impressions, 2 records, 3 metrics, 2 assignments. */
  async function loadCustomer(customerId: string): Promise<void> {
    const interactions = Array.from({ length: 7 }, (_, i) => ({
      id: `ih_${i}`,
      customerId,
      offerId: i % 2 ? 'offer_b' : 'offer_a',
      ...(i % 2 ? { creativeId: 'creative_b' } : {}),
      interactionType: TYPES[i % 4],
      timestamp: new Date(Date.UTC(2026, 2, 15, 10, i)).toISOString(),
    }));
    expect((await ingest(interactions)).body).toEqual({ accepted: 7, duplicates: 0, suppressed: 0 });
    const impressions = Array.from({ length: 3 }, (_, i) => ({
      id: `imp_${i}`,
      customerId,
      offerId: 'offer_a',
      placement: 'home',
    }));
    expect((await ingestImpressions(impressions)).body).toEqual({ accepted: 3, duplicates: 0, suppressed: 0 });
    const put = async (path: string, body: object, roles = ['editor']) => {
      const { status } = await call(api, 'PUT', path, { roles, body });
      expect({ path, stored: status === 200 || status === 201 }).toEqual({ path, stored: true });
    };
    await put(`/api/v1/schema-tables/customers/records/${customerId}`, {
      email: `${customerId.toLowerCase()}@example.com`,
      tier: 'gold',
      lifetime_value: 15200.5,
      tenure_months: 36,
    });
    await put(`/api/v1/schema-tables/preferences/records/${customerId}`, { newsletter: true, note: customerId });
    await put(`/api/v1/customers/${customerId}/metrics`, {
      values: { engagement_score: 78.5, purchase_frequency_30d: 4, churn_risk: 0.1 },
    });
    await put(`/api/v1/experiments/exp_hero/assignments/${customerId}`, { variant: 'treatment' });
    await put(`/api/v1/experiments/exp_price/assignments/${customerId}`, { variant: 'b' });
  }

  /** The customer's rows in every customer-keyed table. */
  async function rowsOfCustomer(customerId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of customerTables) {
      const result = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${db.escapeIdentifier(table)} WHERE customer_id = $1`,
        [customerId],
      );
      counts[table] = result.rows[0].n;
    }
    return counts;
  }

  /** Every row of every customer-keyed table except `customerId`'s, as text, in a stable order. */
  async function everyoneElse(customerId: string): Promise<Record<string, string[]>> {
    const snapshot: Record<string, string[]> = {};
    for (const table of customerTables) {
      const result = await db.query<{ row: string }>(
        `SELECT to_jsonb(t)::text AS row FROM ${db.escapeIdentifier(table)} t WHERE customer_id <> $1 ORDER BY 1`,
        [customerId],
      );
      snapshot[table] = result.rows.map((r) => r.row);
    }
    return snapshot;
  }

  /** Every column anywhere that holds `needle` in its text form, as "table.column". */
  async function columnsHolding(needle: string): Promise<string[]> {
    const columns = await db.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
         AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
       ORDER BY 1, 2`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns.rows) {
      const result = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${db.escapeIdentifier(table)}
         WHERE strpos(${db.escapeIdentifier(column)}::text, $1) > 0`,
        [needle],
      );
      if (result.rows[0].n > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  const noRows = () => Object.fromEntries(customerTables.map((table) => [table, 0]));

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const hasher = api.app.get(CustomerHasher);
    hash = (customerId) => hasher.hash(customerId);
    customerTables = (
      await db.query<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = current_schema() AND c.column_name = 'customer_id' AND t.table_type = 'BASE TABLE'
         ORDER BY 1`,
      )
    ).rows.map((row) => row.table_name);

    await call(api, 'PUT', '/api/v1/channels/ch_email', { ...admin, body: { name: 'Marketing Email' } });
    for (const offer of ['offer_a', 'offer_b']) {
      await call(api, 'PUT', `/api/v1/offers/${offer}`, { ...admin, body: OFFER });
    }
    await call(api, 'PUT', '/api/v1/creatives/creative_b', {
      ...admin,
      body: { name: 'Email Hero', offerId: 'offer_b', channelId: 'ch_email' },
    });
    const schemaTables = {
      customers: [
        { name: 'email', type: 'string' },
        { name: 'tier', type: 'string' },
        { name: 'lifetime_value', type: 'number' },
        { name: 'tenure_months', type: 'number' },
      ],
      preferences: [
        { name: 'newsletter', type: 'boolean' },
        { name: 'note', type: 'string' },
      ],
    };
    for (const [name, fields] of Object.entries(schemaTables)) {
      expect((await call(api, 'PUT', `/api/v1/schema-tables/${name}`, { ...admin, body: { fields } })).status).toBe(
        201,
      );
    }
    for (const name of ['engagement_score', 'purchase_frequency_30d', 'churn_risk']) {
      expect(
        (await call(api, 'PUT', `/api/v1/metrics/${name}`, { ...admin, body: { description: name } })).status,
      ).toBe(201);
    }
    for (const [id, variants] of [
      ['exp_hero', ['control', 'treatment']],
      ['exp_price', ['a', 'b']],
    ] as const) {
      const body = { name: id, variants };
      expect((await call(api, 'PUT', `/api/v1/experiments/${id}`, { ...admin, body })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('finds the customer-keyed tables in the catalog', () => {
    expect(customerTables).toEqual(
      expect.arrayContaining([
        'customer_interaction_summary',
        'experiment_assignment',
        'impression',
        'interaction_history',
        'metric_value',
        'schema_record',
      ]),
    );
  });

  describe('erasing', () => {
    const ERASED = 'CUST_ERASE.7f3a@x';

    beforeAll(async () => {
      await loadCustomer(ERASED);
      await loadCustomer('CUST_KEEP_1');
      await loadCustomer('CUST_KEEP_2');
    });

    it('deletes every row of the customer, counts each kind, and leaves everyone else untouched', async () => {
      expect(await rowsOfCustomer(ERASED)).toMatchObject(LOADED_ROWS);
      // The sweep the next test relies on does find the id while it is there, inside json too.
      expect(await columnsHolding(ERASED)).toEqual(
        expect.arrayContaining(['interaction_history.customer_id', 'metric_value.customer_id', 'schema_record.data']),
      );
      const others = await everyoneElse(ERASED);
      expect(others.interaction_history).toHaveLength(14);

      const response = await erase(ERASED);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ success: true, deleted: LOADED });
      expect(Object.keys(response.body.deleted)).toEqual([
        'interactionHistory',
        'interactionSummary',
        'experimentAssignments',
        'impressions',
        'attributes',
        'metricValues',
      ]);

      expect(await rowsOfCustomer(ERASED)).toEqual(noRows());
      expect(await everyoneElse(ERASED)).toEqual(others);
    });

    it('leaves the raw customer id nowhere in the database: the receipt holds only its hash', async () => {
      expect(await columnsHolding(ERASED)).toEqual([]);
      expect(await columnsHolding(ERASED.toLowerCase())).toEqual([]);
      expect(
        (
          await db.query(`SELECT count(*)::int AS n FROM erasure_receipt WHERE counts::text LIKE '%' || $1 || '%'`, [
            ERASED,
          ])
        ).rows[0].n,
      ).toBe(0);
      const stored = await db.query(`SELECT customer_hash, counts, suppressed, requested_by FROM erasure_receipt`);
      expect(stored.rows).toEqual([
        { customer_hash: hash(ERASED), counts: LOADED, suppressed: false, requested_by: 'test-admin' },
      ]);
      expect(hash(ERASED)).toMatch(/^[0-9a-f]{64}$/);
    });

    it('the profile reads no longer find anything of the customer', async () => {
      expect((await call(api, 'GET', `/api/v1/customers/${ERASED}/metrics`, admin)).body.values).toEqual({});
      expectProblem(await call(api, 'GET', `/api/v1/schema-tables/customers/records/${ERASED}`, admin), 404);
    });

    it('is idempotent: a second erasure is 200 with all counts 0, and leaves a second receipt', async () => {
      const again = await erase(ERASED);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ success: true, deleted: ZERO });
      const listed = await receipts(`?customerId=${ERASED}`);
      expect(listed.body.data.map((r: { counts: object }) => r.counts)).toEqual([ZERO, LOADED]);
    });

    it('erases a customer that never had data: 200, all zeros, and a receipt', async () => {
      const response = await erase('CUST_NEVER_SEEN');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ success: true, deleted: ZERO });
      const listed = await receipts('?customerId=CUST_NEVER_SEEN');
      expect(listed.body.data).toEqual([
        expect.objectContaining({ customerHash: hash('CUST_NEVER_SEEN'), counts: ZERO }),
      ]);
    });

    it('lets an erased customer (not suppressed) come back and start a new history', async () => {
      const back = [
        {
          id: 'ih_0',
          customerId: ERASED,
          offerId: 'offer_a',
          interactionType: 'click',
          timestamp: '2026-04-01T09:00:00.000Z',
        },
        {
          id: 'new_1',
          customerId: ERASED,
          offerId: 'offer_a',
          interactionType: 'convert',
          timestamp: '2026-04-01T09:05:00.000Z',
        },
      ];
      // ih_0 was erased with the rest, so it is new again, not a duplicate.
      expect((await ingest(back)).body).toEqual({ accepted: 2, duplicates: 0, suppressed: 0 });
      const rows = await db.query(`SELECT id FROM interaction_history WHERE customer_id = $1 ORDER BY id`, [ERASED]);
      expect(rows.rows.map((r) => r.id)).toEqual(['ih_0', 'new_1']);
      const stored = (await db.query(STORED_SUMMARY_SQL, [ERASED])).rows;
      expect(stored).toEqual((await db.query(LIVE_SUMMARY_SQL, [ERASED])).rows);
      expect(stored).toEqual([
        expect.objectContaining({ offer_id: 'offer_a', clicks: 1, conversions: 1, impressions: 0 }),
      ]);
      expect((await erase(ERASED)).body.deleted).toEqual({ ...ZERO, interactionHistory: 2, interactionSummary: 1 });
    });
  });

  describe('?suppress=true', () => {
    const SUPPRESSED = 'CUST_SUPPRESS';

    it('erases, records the hash as suppressed (by whom), and says so in the receipt', async () => {
      await loadCustomer(SUPPRESSED);
      const response = await erase(SUPPRESSED, '?suppress=true');
      expect(response.body).toEqual({ success: true, deleted: LOADED });
      expect((await db.query(`SELECT customer_hash, created_by FROM suppression`)).rows).toEqual([
        { customer_hash: hash(SUPPRESSED), created_by: 'test-admin' },
      ]);
      expect((await receipts(`?customerId=${SUPPRESSED}`)).body.data).toEqual([
        expect.objectContaining({ counts: LOADED, suppressed: true }),
      ]);
      expect(await columnsHolding(SUPPRESSED)).toEqual([]);
    });

    it('skips later interactions and impressions of the customer, counting them as suppressed', async () => {
      const interactions = await ingest([
        { customerId: SUPPRESSED, offerId: 'offer_a', interactionType: 'click' },
        { customerId: SUPPRESSED, offerId: 'offer_b', interactionType: 'impression' },
        { customerId: 'CUST_BYSTANDER', offerId: 'offer_a', interactionType: 'click' },
      ]);
      expect(interactions.body).toEqual({ accepted: 1, duplicates: 0, suppressed: 2 });
      const impressions = await ingestImpressions([
        { customerId: SUPPRESSED, offerId: 'offer_a' },
        { customerId: 'CUST_BYSTANDER', offerId: 'offer_a' },
      ]);
      expect(impressions.body).toEqual({ accepted: 1, duplicates: 0, suppressed: 1 });
      expect(await rowsOfCustomer(SUPPRESSED)).toEqual(noRows());
      expect((await rowsOfCustomer('CUST_BYSTANDER')).interaction_history).toBe(1);
    });

    it('suppressing again keeps the one suppression as it was; erasing without suppress does not lift it', async () => {
      const [before] = (await db.query(`SELECT * FROM suppression`)).rows;
      expect((await erase(SUPPRESSED, '?suppress=true')).body.deleted).toEqual(ZERO);
      expect((await erase(SUPPRESSED, '?suppress=false')).body.deleted).toEqual(ZERO);
      expect((await db.query(`SELECT * FROM suppression`)).rows).toEqual([before]);
      const flags = (await receipts(`?customerId=${SUPPRESSED}`)).body.data.map(
        (r: { suppressed: boolean }) => r.suppressed,
      );
      expect(flags).toEqual([false, true, true]);
      expect((await ingest([{ customerId: SUPPRESSED, offerId: 'offer_a', interactionType: 'click' }])).body).toEqual({
        accepted: 0,
        duplicates: 0,
        suppressed: 1,
      });
    });

    it('DELETE /privacy/suppressions/{customerId} lifts it (204), after which the customer is stored again', async () => {
      const lifted = await lift(SUPPRESSED);
      expect(lifted.status).toBe(204);
      expect(lifted.body).toBeUndefined();
      expect((await db.query(`SELECT count(*)::int AS n FROM suppression`)).rows[0].n).toBe(0);
      expect((await ingest([{ customerId: SUPPRESSED, offerId: 'offer_a', interactionType: 'click' }])).body).toEqual({
        accepted: 1,
        duplicates: 0,
        suppressed: 0,
      });
    });

    it('lifting a suppression that does not exist is a 404 problem that does not echo the id', async () => {
      const problem = expectProblem(await lift(SUPPRESSED), 404);
      expect(problem.detail).not.toContain(SUPPRESSED);
      expectProblem(await lift('CUST_NEVER_SUPPRESSED'), 404);
      expectProblem(await lift('bad%20id'), 400, ['customerId']);
    });

    it.each([
      ['yes', '?suppress=yes'],
      ['1', '?suppress=1'],
      ['TRUE', '?suppress=TRUE'],
      ['empty', '?suppress='],
      ['repeated', '?suppress=true&suppress=true'],
    ])('rejects suppress=%s with 400 naming suppress, and erases nothing', async (_case, query) => {
      await ingest([{ id: 'bad_q', customerId: 'CUST_BAD_QUERY', offerId: 'offer_a', interactionType: 'click' }]);
      const receiptsBefore = (await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n;
      expectProblem(await erase('CUST_BAD_QUERY', query), 400, ['suppress']);
      expect((await rowsOfCustomer('CUST_BAD_QUERY')).interaction_history).toBe(1);
      expect((await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n).toBe(receiptsBefore);
    });

    it('rejects unknown query parameters with 400', async () => {
      expectProblem(await erase('CUST_BAD_QUERY', '?cascade=true'), 400, ['cascade']);
    });
  });

  describe('invalid ids', () => {
    it.each([
      ['a space', 'bad%20id'],
      ['129 characters', 'c'.repeat(129)],
      ['a slash', 'a%2Fb'],
    ])('rejects an id with %s: 400 naming id', async (_case, id) => {
      expectProblem(await erase(id), 400, ['id']);
    });
  });

  describe('GET /privacy/erasures', () => {
    it('lists receipts newest first with their full shape', async () => {
      await erase('CUST_LIST_1');
      await erase('CUST_LIST_2', '?suppress=true');
      const response = await receipts();
      expect(response.status).toBe(200);
      const [newest, previous] = response.body.data;
      expect(newest).toEqual({
        id: expect.stringMatching(UUID),
        customerHash: hash('CUST_LIST_2'),
        counts: ZERO,
        suppressed: true,
        requestedBy: 'test-admin',
        requestedAt: expect.stringMatching(ISO_MILLIS),
      });
      expect(previous.customerHash).toBe(hash('CUST_LIST_1'));
      expect(Object.keys(newest.counts)).toEqual(Object.keys(ZERO));
      const times: string[] = response.body.data.map((r: { requestedAt: string }) => r.requestedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(response.body).toMatchObject({ hasMore: false, nextCursor: null });
      await lift('CUST_LIST_2');
    });

    it('records who asked: the token subject', async () => {
      const token = tokenFor(['admin'], { subject: 'dpo@example.com' });
      const response = await api.request('/api/v1/customers/CUST_BY_DPO', {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect((await receipts('?customerId=CUST_BY_DPO')).body.data[0].requestedBy).toBe('dpo@example.com');
    });

    it('walks every receipt exactly once with limit and cursor, ties and microseconds included', async () => {
      // Receipts that share a requested_at, or differ below the millisecond, are where a
      // cursor that rounded the timestamp would skip or repeat rows.
      await db.query(
        `INSERT INTO erasure_receipt (customer_hash, counts, requested_by, requested_at)
         SELECT $1, $2::jsonb, 'fixture', at
         FROM unnest(ARRAY['2026-03-15T10:30:00.123456Z', '2026-03-15T10:30:00.123456Z', '2026-03-15T10:30:00.123456Z',
                           '2026-03-15T10:30:00.123457Z', '2026-03-15T10:30:00.123999Z', '2026-03-15T10:30:00.123Z']::timestamptz[]) AS at`,
        [hash('CUST_TIES'), JSON.stringify(ZERO)],
      );
      const all = (await receipts('?limit=1000')).body.data.map((r: { id: string }) => r.id);
      expect(all.length).toBeGreaterThan(10);
      expect(new Set(all).size).toBe(all.length);
      for (const [limit, filter] of [
        [1, ''],
        [3, ''],
        [1, '&customerId=CUST_TIES'],
      ] as const) {
        const expected = filter
          ? (await receipts(`?limit=1000${filter}`)).body.data.map((r: { id: string }) => r.id)
          : all;
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: any = await receipts(`?limit=${limit}${filter}${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.status).toBe(200);
          expect(page.body.data.length).toBeLessThanOrEqual(limit);
          expect(page.body.hasMore).toBe(page.body.nextCursor !== null);
          seen.push(...page.body.data.map((r: { id: string }) => r.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(seen).toEqual(expected);
      }
      expect((await receipts('?customerId=CUST_TIES')).body.data).toHaveLength(6);
    });

    it('filters by customerId through the hash, and is empty for a customer never erased', async () => {
      const listed = await receipts('?customerId=CUST_LIST_1');
      expect(listed.body.data.map((r: { customerHash: string }) => r.customerHash)).toEqual([hash('CUST_LIST_1')]);
      expect((await receipts('?customerId=CUST_NOBODY')).body).toEqual({ data: [], hasMore: false, nextCursor: null });
    });

    it('rejects bad limits, cursors and customer ids with 400, and a cursor used with another filter', async () => {
      expectProblem(await receipts('?limit=0'), 400, ['limit']);
      expectProblem(await receipts('?limit=1001'), 400, ['limit']);
      expectProblem(await receipts('?limit=abc'), 400, ['limit']);
      expectProblem(await receipts('?customerId=bad%20id'), 400, ['customerId']);
      expectProblem(await receipts('?cursor=not-a-cursor'), 400, ['cursor']);
      const forged = Buffer.from(JSON.stringify({ at: "2026-01-01'; --", id: 'x', f: null })).toString('base64url');
      expectProblem(await receipts(`?cursor=${forged}`), 400, ['cursor']);
      const { nextCursor } = (await receipts('?limit=1&customerId=CUST_TIES')).body;
      expect(nextCursor).toEqual(expect.any(String));
      expectProblem(await receipts(`?limit=1&cursor=${nextCursor}`), 400, ['cursor']);
      expectProblem(await receipts(`?limit=1&customerId=CUST_LIST_1&cursor=${nextCursor}`), 400, ['cursor']);
      expect((await receipts(`?limit=1&customerId=CUST_TIES&cursor=${nextCursor}`)).status).toBe(200);
    });
  });

  describe('access', () => {
    it.each([
      ['DELETE', '/api/v1/customers/CUST_ROLES'],
      ['DELETE', '/api/v1/customers/CUST_ROLES?suppress=true'],
      ['GET', '/api/v1/privacy/erasures'],
      ['DELETE', '/api/v1/privacy/suppressions/CUST_ROLES'],
    ])('%s %s is admin only: editor and viewer 403, no role 403, anonymous 401', async (method, path) => {
      await ingest([{ id: 'roles_1', customerId: 'CUST_ROLES', offerId: 'offer_a', interactionType: 'click' }]);
      const receiptsBefore = (await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n;
      for (const roles of [['editor'], ['viewer'], ['editor', 'viewer'], []]) {
        expectProblem(await call(api, method, path, { roles }), 403);
      }
      expectProblem(await call(api, method, path), 401);
      expect((await rowsOfCustomer('CUST_ROLES')).interaction_history).toBe(1);
      expect((await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n).toBe(receiptsBefore);
    });

    it('admins get 200 on erasure and on the receipt list', async () => {
      expect((await erase('CUST_ROLES')).status).toBe(200);
      expect((await receipts()).status).toBe(200);
    });
  });

  describe('all or nothing', () => {
    /**
     * Runs `lockStatement` in another session's open transaction, starts the erasure, waits
     * until the erasure's statement is blocked by that session, cancels it there (the erasure
     * fails with 503), and returns the response and the statement that was cancelled.
     */
    async function eraseWhileBlocked(customerId: string, query: string, lockStatement: string, parameters: unknown[]) {
      const blocker = new pg.Client({ connectionString: api.databaseUrl });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query(lockStatement, parameters);
        const blockerPid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        const erasure = erase(customerId, query);
        let waiting: { pid: number; query: string } | undefined;
        for (let attempt = 0; attempt < 500 && waiting === undefined; attempt++) {
          const found = await db.query<{ pid: number; query: string }>(
            `SELECT pid, query FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
            [blockerPid],
          );
          waiting = found.rows[0];
          if (waiting === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        if (waiting === undefined) throw new Error('the erasure never waited for the blocking session');
        await db.query('SELECT pg_cancel_backend($1)', [waiting.pid]);
        return { response: await erasure, cancelled: waiting.query };
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
    }

    it('a failure after the rows were deleted (at the suppression) rolls the whole erasure back', async () => {
      await loadCustomer('CUST_ATOMIC_1');
      const before = await rowsOfCustomer('CUST_ATOMIC_1');
      const receiptsBefore = (await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n;
      // An uncommitted suppression of the same hash: the erasure's insert waits for it after deleting.
      const { response, cancelled } = await eraseWhileBlocked(
        'CUST_ATOMIC_1',
        '?suppress=true',
        `INSERT INTO suppression (customer_hash, created_by) VALUES ($1, 'blocker')`,
        [hash('CUST_ATOMIC_1')],
      );
      // The statement after the deletes: they had run, in the erasure's transaction.
      expect(cancelled).toMatch(/^\s*INSERT INTO suppression/);
      expectProblem(response, 503);
      expect(await rowsOfCustomer('CUST_ATOMIC_1')).toEqual(before);
      expect((await db.query(`SELECT count(*)::int AS n FROM erasure_receipt`)).rows[0].n).toBe(receiptsBefore);
      expect((await db.query(`SELECT count(*)::int AS n FROM suppression`)).rows[0].n).toBe(0);
      // And it succeeds once nothing is in the way.
      expect((await erase('CUST_ATOMIC_1', '?suppress=true')).body.deleted).toEqual(LOADED);
      expect(await lift('CUST_ATOMIC_1')).toMatchObject({ status: 204 });
    });

    it('a failure while deleting (a locked metric value) deletes nothing', async () => {
      await loadCustomer('CUST_ATOMIC_2');
      const before = await rowsOfCustomer('CUST_ATOMIC_2');
      const { response, cancelled } = await eraseWhileBlocked(
        'CUST_ATOMIC_2',
        '',
        `SELECT 1 FROM metric_value WHERE customer_id = $1 AND metric_name = 'churn_risk' FOR UPDATE`,
        ['CUST_ATOMIC_2'],
      );
      expect(cancelled).toContain('DELETE FROM metric_value');
      expectProblem(response, 503);
      expect(await rowsOfCustomer('CUST_ATOMIC_2')).toEqual(before);
      expect((await receipts('?customerId=CUST_ATOMIC_2')).body.data).toEqual([]);
    });
  });
});
