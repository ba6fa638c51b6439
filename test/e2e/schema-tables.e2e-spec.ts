import pg from 'pg';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CUSTOMERS_FIELDS = [
  { name: 'email', type: 'string' },
  { name: 'tier', type: 'string' },
  { name: 'lifetime_value', type: 'number' },
  { name: 'tenure_months', type: 'number' },
  { name: 'vip', type: 'boolean' },
  { name: 'signed_up_at', type: 'timestamp' },
];
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('schema tables and records', () => {
  let api: TestApp;
  let db: pg.Client;

  const putTable = (name: string, fields: unknown, roles: string[] = ['admin']) =>
    call(api, 'PUT', `/api/v1/schema-tables/${name}`, { roles, body: { fields } });
  const putRecord = (table: string, customerId: string, body: unknown, roles: string[] = ['editor']) =>
    call(api, 'PUT', `/api/v1/schema-tables/${table}/records/${customerId}`, { roles, body });
  const getRecord = (table: string, customerId: string, roles: string[] = ['viewer']) =>
    call(api, 'GET', `/api/v1/schema-tables/${table}/records/${customerId}`, { roles });
  const listTables = async () =>
    (await call(api, 'GET', '/api/v1/schema-tables?limit=1000', { roles: ['viewer'] })).body.data as {
      name: string;
      fields: { name: string; type: string }[];
    }[];
  const tableFields = async (name: string) => (await listTables()).find((t) => t.name === name)?.fields;

  beforeAll(async () => {
    api = await startTestApp();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  describe('PUT /schema-tables/{name}', () => {
    it('creates (201), then replaces (200) idempotently, and lists the table', async () => {
      const created = await putTable('customers', CUSTOMERS_FIELDS);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        name: 'customers',
        fields: CUSTOMERS_FIELDS,
        createdAt: expect.stringMatching(ISO_MILLIS),
        updatedAt: expect.stringMatching(ISO_MILLIS),
      });

      const replay = await putTable('customers', CUSTOMERS_FIELDS);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({
        name: 'customers',
        fields: CUSTOMERS_FIELDS,
        createdAt: created.body.createdAt,
      });

      const listed = (await listTables()).filter((t) => t.name === 'customers');
      expect(listed).toEqual([replay.body]);
      const { rows } = await db.query(`SELECT fields FROM schema_table WHERE name = 'customers'`);
      expect(rows).toEqual([{ fields: CUSTOMERS_FIELDS }]);
    });

    it.each([
      ['an upper-case name', 'Customers', CUSTOMERS_FIELDS, ['name']],
      ['a name starting with a digit', '1customers', CUSTOMERS_FIELDS, ['name']],
      ['a name with a dash', 'bad-name', CUSTOMERS_FIELDS, ['name']],
      ['a 64-character name', `t${'a'.repeat(63)}`, CUSTOMERS_FIELDS, ['name']],
      ['no fields', 'bad_table', [], ['fields']],
      ['fields that are not an array', 'bad_table', { email: 'string' }, ['fields']],
      [
        '201 fields',
        'bad_table',
        Array.from({ length: 201 }, (_, i) => ({ name: `f${i}`, type: 'string' })),
        ['fields'],
      ],
      ['a field name with a dash', 'bad_table', [{ name: 'e-mail', type: 'string' }], ['fields.0.name']],
      ['a field name starting with a digit', 'bad_table', [{ name: '1st', type: 'string' }], ['fields.0.name']],
      ['a 64-character field name', 'bad_table', [{ name: 'f'.repeat(64), type: 'string' }], ['fields.0.name']],
      ['a missing field name', 'bad_table', [{ type: 'string' }], ['fields.0.name']],
      ['an unknown type', 'bad_table', [{ name: 'a', type: 'date' }], ['fields.0.type']],
      ['a missing type', 'bad_table', [{ name: 'a', type: 'string' }, { name: 'b' }], ['fields.1.type']],
      ['an unknown key on a field', 'bad_table', [{ name: 'a', type: 'string', index: true }], ['fields.0.index']],
      [
        'a duplicate field name',
        'bad_table',
        [
          { name: 'a', type: 'string' },
          { name: 'b', type: 'string' },
          { name: 'a', type: 'number' },
        ],
        ['fields.2.name'],
      ],
      ['a reserved field name', 'bad_table', [{ name: 'constructor', type: 'string' }], ['fields.0.name']],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, name, fields, paths) => {
      expectProblem(await putTable(name, fields), 400, paths);
      expect((await listTables()).map((t) => t.name)).not.toContain(name);
    });

    it('rejects a field that is not an object, an unknown top-level key, and a non-JSON body', async () => {
      expectProblem(await putTable('bad_table', ['email']), 400);
      expectProblem(
        await call(api, 'PUT', '/api/v1/schema-tables/bad_table', {
          roles: ['admin'],
          body: { fields: [{ name: 'a', type: 'string' }], owner: 'x' },
        }),
        400,
        ['owner'],
      );
      expectProblem(
        await call(api, 'PUT', '/api/v1/schema-tables/bad_table', {
          roles: ['admin'],
          rawBody: 'fields=a',
          headers: { 'content-type': 'text/plain' },
        }),
        415,
      );
      expect((await listTables()).map((t) => t.name)).not.toContain('bad_table');
    });

    it('accepts exactly 200 fields', async () => {
      const fields = Array.from({ length: 200 }, (_, i) => ({ name: `f${i}`, type: 'number' }));
      expect((await putTable('wide', fields)).status).toBe(201);
    });

    it('is admin only: editors and viewers get 403, anonymous callers 401', async () => {
      const fields = [{ name: 'a', type: 'string' }];
      expectProblem(await putTable('denied', fields, ['editor']), 403);
      expectProblem(await putTable('denied', fields, ['viewer']), 403);
      expectProblem(await call(api, 'PUT', '/api/v1/schema-tables/denied', { body: { fields } }), 401);
      expect((await listTables()).map((t) => t.name)).not.toContain('denied');
    });
  });

  describe('changing a table’s fields', () => {
    const base = [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'number' },
      { name: 'c', type: 'boolean' },
    ];

    beforeAll(async () => {
      expect((await putTable('evolving', base)).status).toBe(201);
      expect((await putRecord('evolving', 'cust_ev1', { a: 'held', b: null })).status).toBe(201);
      expect((await putRecord('evolving', 'cust_ev2', { b: null })).status).toBe(201);
    });

    it('adds and reorders fields freely', async () => {
      const fields = [...base].reverse().concat({ name: 'd', type: 'timestamp' });
      const response = await putTable('evolving', fields);
      expect(response.status).toBe(200);
      expect(await tableFields('evolving')).toEqual(fields);
    });

    it('removes a field no record holds a value for', async () => {
      const fields = [
        { name: 'a', type: 'string' },
        { name: 'b', type: 'number' },
        { name: 'd', type: 'timestamp' },
      ];
      expect((await putTable('evolving', fields)).status).toBe(200);
      expect(await tableFields('evolving')).toEqual(fields);
    });

    it('removes a field records hold only null for, dropping the key from them', async () => {
      const fields = [
        { name: 'a', type: 'string' },
        { name: 'd', type: 'timestamp' },
      ];
      expect((await putTable('evolving', fields)).status).toBe(200);
      expect((await getRecord('evolving', 'cust_ev1')).body.data).toEqual({ a: 'held' });
      expect((await getRecord('evolving', 'cust_ev2')).body.data).toEqual({});
    });

    it('retypes a field no record holds a value for', async () => {
      const fields = [
        { name: 'a', type: 'string' },
        { name: 'd', type: 'number' },
      ];
      expect((await putTable('evolving', fields)).status).toBe(200);
      expect(await tableFields('evolving')).toEqual(fields);
    });

    it('refuses to remove a field a record holds a value for: 409, and nothing changes', async () => {
      const before = await tableFields('evolving');
      const body = expectProblem(await putTable('evolving', [{ name: 'd', type: 'number' }]), 409, ['fields']);
      expect(body.detail).toContain('a');
      expect(body.errors).toEqual([{ field: 'fields', message: expect.stringContaining('field a ') }]);
      expect(await tableFields('evolving')).toEqual(before);
    });

    it('refuses to retype a field a record holds a value for: 409 naming fields.<i>.type', async () => {
      const body = expectProblem(
        await putTable('evolving', [
          { name: 'd', type: 'number' },
          { name: 'a', type: 'number' },
        ]),
        409,
        ['fields.1.type'],
      );
      expect(body.errors[0].message).toContain('string to number');
      expect(await tableFields('evolving')).toEqual([
        { name: 'a', type: 'string' },
        { name: 'd', type: 'number' },
      ]);
    });

    it('never leaves a record holding a field its table no longer declares, even under concurrent writes', async () => {
      for (let round = 0; round < 10; round++) {
        const table = `race_${round}`;
        await putTable(table, [
          { name: 'a', type: 'string' },
          { name: 'b', type: 'string' },
        ]);
        const writes = Array.from({ length: 8 }, (_, i) => putRecord(table, `cust_race_${i}`, { a: 'x', b: 'y' }));
        const [change, ...records] = await Promise.all([putTable(table, [{ name: 'b', type: 'string' }]), ...writes]);
        const fields = (await tableFields(table))!.map((f) => f.name);
        const { rows } = await db.query(`SELECT data FROM schema_record WHERE table_name = $1`, [table]);
        for (const row of rows) expect(fields).toEqual(expect.arrayContaining(Object.keys(row.data)));
        // Either the change won (every later write was refused) or a write won (the change was refused).
        if (change.status === 200) {
          expect(records.map((r) => r.status)).toEqual(records.map(() => 400));
          expect(rows).toEqual([]);
        } else {
          expect(change.status).toBe(409);
          expect(rows.length).toBeGreaterThan(0);
        }
      }
    });

    it('allows the change once no record holds a value any more', async () => {
      expect((await putRecord('evolving', 'cust_ev1', { a: null })).status).toBe(200);
      expect((await putTable('evolving', [{ name: 'a', type: 'number' }])).status).toBe(200);
      expect((await putRecord('evolving', 'cust_ev1', { a: 42 })).status).toBe(200);
      expect((await getRecord('evolving', 'cust_ev1')).body.data).toEqual({ a: 42 });
    });
  });

  describe('PUT /schema-tables/{name}/records/{customerId}', () => {
    const record = {
      email: 'ana@example.com',
      tier: 'gold',
      lifetime_value: 12500.5,
      tenure_months: 27,
      vip: true,
      signed_up_at: '2024-06-01T10:00:00+02:00',
    };

    it('creates (201), then replaces (200) idempotently; GET reads it back', async () => {
      const created = await putRecord('customers', 'cust_001', record);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        tableName: 'customers',
        customerId: 'cust_001',
        data: { ...record, signed_up_at: '2024-06-01T08:00:00.000Z' },
        createdAt: expect.stringMatching(ISO_MILLIS),
        updatedAt: expect.stringMatching(ISO_MILLIS),
      });
      const replay = await putRecord('customers', 'cust_001', record, ['admin']);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ data: created.body.data, createdAt: created.body.createdAt });

      const read = await getRecord('customers', 'cust_001');
      expect(read.status).toBe(200);
      expect(read.body).toEqual(replay.body);
      const { rows } = await db.query(
        `SELECT data FROM schema_record WHERE customer_id = 'cust_001' AND table_name = 'customers'`,
      );
      expect(rows).toEqual([{ data: created.body.data }]);
    });

    it('replaces the whole record: fields left out are gone; null is stored as unknown', async () => {
      await putRecord('customers', 'cust_002', record);
      const replaced = await putRecord('customers', 'cust_002', { tier: 'silver', email: null });
      expect(replaced.status).toBe(200);
      expect((await getRecord('customers', 'cust_002')).body.data).toEqual({ tier: 'silver', email: null });
    });

    it('accepts an empty record', async () => {
      const response = await putRecord('customers', 'cust_empty', {});
      expect(response.status).toBe(201);
      expect(response.body.data).toEqual({});
    });

    it.each([
      ['an unknown field', { ...record, colour: 'red' }, ['colour']],
      ['a number for a string', { tier: 1 }, ['tier']],
      ['a string for a number', { lifetime_value: '12500' }, ['lifetime_value']],
      ['a string for a boolean', { vip: 'yes' }, ['vip']],
      ['a non-ISO timestamp', { signed_up_at: '01/06/2024' }, ['signed_up_at']],
      ['an impossible date', { signed_up_at: '2026-02-30T00:00:00Z' }, ['signed_up_at']],
      ['a timestamp without an offset', { signed_up_at: '2026-03-15T10:30:00' }, ['signed_up_at']],
      ['an object value', { tier: { level: 1 } }, ['tier']],
      ['an over-long string', { email: 'x'.repeat(10_001) }, ['email']],
      ['several bad fields', { tier: 1, vip: 'no', colour: 'red' }, ['tier', 'vip', 'colour']],
    ])('rejects %s with 400 naming each field, and stores nothing', async (_case, body, fields) => {
      const problem = expectProblem(await putRecord('customers', 'cust_bad', body), 400, fields);
      expect(problem.errors).toHaveLength(fields.length);
      expectProblem(await getRecord('customers', 'cust_bad'), 404);
    });

    it('rejects a number JSON can write but a double cannot hold (1e400) with 400', async () => {
      const response = await call(api, 'PUT', '/api/v1/schema-tables/customers/records/cust_bad', {
        roles: ['editor'],
        rawBody: '{"lifetime_value": 1e400}',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400, ['lifetime_value']);
      expectProblem(await getRecord('customers', 'cust_bad'), 404);
    });

    it('accepts a string of exactly 10,000 characters', async () => {
      expect((await putRecord('customers', 'cust_long', { email: 'x'.repeat(10_000) })).status).toBe(201);
    });

    it.each([
      ['an array', '[{"tier":"gold"}]'],
      ['a string', '"gold"'],
      ['a number', '42'],
      ['null', 'null'],
    ])('rejects a body that is %s with 400', async (_case, rawBody) => {
      const response = await call(api, 'PUT', '/api/v1/schema-tables/customers/records/cust_bad', {
        roles: ['editor'],
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400);
      expectProblem(await getRecord('customers', 'cust_bad'), 404);
    });

    it('rejects malformed JSON with 400', async () => {
      const response = await call(api, 'PUT', '/api/v1/schema-tables/customers/records/cust_bad', {
        roles: ['editor'],
        rawBody: '{"tier":',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400);
    });

    it('is 404 for an unknown table, on PUT and GET', async () => {
      const problem = expectProblem(await putRecord('nope', 'cust_001', { tier: 'gold' }), 404);
      expect(problem.detail).toContain('nope');
      expectProblem(await getRecord('nope', 'cust_001'), 404);
    });

    it('GET is 404 when the customer has no record in the table', async () => {
      expectProblem(await getRecord('customers', 'cust_absent'), 404);
    });

    it.each([
      ['a bad customer id', '/api/v1/schema-tables/customers/records/bad%20id', ['customerId']],
      ['a 129-character customer id', `/api/v1/schema-tables/customers/records/${'c'.repeat(129)}`, ['customerId']],
      ['a bad table name', '/api/v1/schema-tables/Bad/records/cust_001', ['name']],
    ])('rejects %s with 400 on PUT and GET', async (_case, path, fields) => {
      expectProblem(await call(api, 'PUT', path, { roles: ['editor'], body: { tier: 'gold' } }), 400, fields);
      expectProblem(await call(api, 'GET', path, { roles: ['viewer'] }), 400, fields);
    });

    it('lets editors and admins write; refuses viewers (403) and anonymous callers (401)', async () => {
      expect((await putRecord('customers', 'cust_roles', { tier: 'gold' }, ['admin'])).status).toBe(201);
      expect((await putRecord('customers', 'cust_roles', { tier: 'gold' }, ['editor'])).status).toBe(200);
      expectProblem(await putRecord('customers', 'cust_roles', { tier: 'x' }, ['viewer']), 403);
      expectProblem(await putRecord('customers', 'cust_roles', { tier: 'x' }, []), 403);
      expectProblem(
        await call(api, 'PUT', '/api/v1/schema-tables/customers/records/cust_roles', { body: { tier: 'x' } }),
        401,
      );
      expect((await getRecord('customers', 'cust_roles')).body.data).toEqual({ tier: 'gold' });
    });

    it('GET needs a token with a role', async () => {
      expect((await getRecord('customers', 'cust_roles', ['editor'])).status).toBe(200);
      expect((await getRecord('customers', 'cust_roles', ['admin'])).status).toBe(200);
      expectProblem(await getRecord('customers', 'cust_roles', []), 403);
      expectProblem(await call(api, 'GET', '/api/v1/schema-tables/customers/records/cust_roles'), 401);
    });
  });

  describe('GET /schema-tables', () => {
    it('lists tables oldest first, and walks every one exactly once with limit and cursor', async () => {
      for (const name of ['zeta_late', 'alpha_late']) {
        expect((await putTable(name, [{ name: 'x', type: 'string' }])).status).toBe(201);
      }
      const all = await listTables();
      const names = all.map((t) => t.name);
      expect(names.indexOf('customers')).toBeLessThan(names.indexOf('zeta_late'));
      expect(names.indexOf('zeta_late')).toBeLessThan(names.indexOf('alpha_late'));
      const created = all.map((t: any) => t.createdAt as string);
      expect([...created].sort()).toEqual(created);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const page = await call(api, 'GET', `/api/v1/schema-tables?${query}`, { roles: ['viewer'] });
        expect(page.status).toBe(200);
        expect(page.body.data.length).toBeLessThanOrEqual(2);
        expect(page.body.hasMore).toBe(page.body.nextCursor !== null);
        seen.push(...page.body.data.map((t: { name: string }) => t.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(names);
    });

    it.each([['limit=0'], ['limit=1001'], ['cursor=%%%']])('rejects %s with 400', async (query) => {
      expectProblem(await call(api, 'GET', `/api/v1/schema-tables?${query}`, { roles: ['viewer'] }), 400);
    });

    it('needs a token with a role', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/schema-tables'), 401);
      expectProblem(await call(api, 'GET', '/api/v1/schema-tables', { roles: [] }), 403);
      expect((await call(api, 'GET', '/api/v1/schema-tables', { roles: ['editor'] })).status).toBe(200);
    });
  });
});
