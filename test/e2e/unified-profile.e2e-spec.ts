import { DataSource } from 'typeorm';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ADMIN = { roles: ['admin'] };
const EDITOR = { roles: ['editor'] };
const OFFER = { issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };
const SECTIONS = ['attributes', 'interactions', 'metrics', 'segments', 'experiments'] as const;
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** 2026-03-15T10:mm:00.000Z */
const at = (minute: number) => `2026-03-15T10:${String(minute).padStart(2, '0')}:00.000Z`;

/**
 * CUST001's twelve interactions. ih_07/ih_08 and ih_10/ih_11/ih_12 share a timestamp, so
 * their order comes from the id alone; ih_12 is sent with an offset (+01:00).
 */
const HISTORY = [
  { id: 'ih_01', offerId: 'offer_001', interactionType: 'impression', timestamp: at(0) },
  { id: 'ih_02', offerId: 'offer_001', creativeId: 'creative_001', interactionType: 'click', timestamp: at(1) },
  { id: 'ih_03', offerId: 'offer_002', interactionType: 'impression', timestamp: at(2) },
  { id: 'ih_04', offerId: 'offer_002', interactionType: 'dismiss', timestamp: at(3) },
  { id: 'ih_05', offerId: 'offer_003', interactionType: 'impression', timestamp: at(4) },
  { id: 'ih_06', offerId: 'offer_003', interactionType: 'convert', timestamp: at(5) },
  { id: 'ih_07', offerId: 'offer_001', interactionType: 'impression', timestamp: at(6) },
  { id: 'ih_08', offerId: 'offer_002', interactionType: 'click', timestamp: at(6) },
  { id: 'ih_09', offerId: 'offer_003', interactionType: 'dismiss', timestamp: at(7) },
  { id: 'ih_10', offerId: 'offer_001', creativeId: 'creative_001', interactionType: 'convert', timestamp: at(8) },
  { id: 'ih_11', offerId: 'offer_002', interactionType: 'impression', timestamp: at(8) },
  {
    id: 'ih_12',
    offerId: 'offer_003',
    creativeId: 'creative_003',
    interactionType: 'click',
    timestamp: '2026-03-15T11:08:00.000+01:00',
  },
];

/** What CUST001's recentInteractions must be: newest first, ties by id descending, 10 of 12. */
const RECENT = [
  { offerId: 'offer_003', creativeId: 'creative_003', interactionType: 'click', timestamp: at(8) }, // ih_12
  { offerId: 'offer_002', creativeId: null, interactionType: 'impression', timestamp: at(8) }, // ih_11
  { offerId: 'offer_001', creativeId: 'creative_001', interactionType: 'convert', timestamp: at(8) }, // ih_10
  { offerId: 'offer_003', creativeId: null, interactionType: 'dismiss', timestamp: at(7) }, // ih_09
  { offerId: 'offer_002', creativeId: null, interactionType: 'click', timestamp: at(6) }, // ih_08
  { offerId: 'offer_001', creativeId: null, interactionType: 'impression', timestamp: at(6) }, // ih_07
  { offerId: 'offer_003', creativeId: null, interactionType: 'convert', timestamp: at(5) }, // ih_06
  { offerId: 'offer_003', creativeId: null, interactionType: 'impression', timestamp: at(4) }, // ih_05
  { offerId: 'offer_002', creativeId: null, interactionType: 'dismiss', timestamp: at(3) }, // ih_04
  { offerId: 'offer_002', creativeId: null, interactionType: 'impression', timestamp: at(2) }, // ih_03
];

/** CUST001's attributes: `customers` (created first) wins `tier` over `crm`. */
const ATTRIBUTES = {
  email: 'john@example.com',
  tier: 'gold',
  lifetime_value: 15200.5,
  tenure_months: 36,
  signed_up_at: '2023-03-01T08:00:00.000Z',
  nps: null,
  opted_in: true,
};
const METRICS = { purchase_frequency_30d: 4, engagement_score: 78.5 };

const SEGMENTS: Record<string, unknown> = {
  high_value: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] },
  active_buyer: { all: [{ field: 'metrics.purchase_frequency_30d', op: 'gte', value: 3 }] },
  dormant: { all: [{ field: 'metrics.engagement_score', op: 'lt', value: 10 }] },
  // loyalty_points is declared by no table: a customer never has it.
  loyal: { all: [{ field: 'attributes.loyalty_points', op: 'gte', value: 100 }] },
  no_loyalty_points: { all: [{ field: 'attributes.loyalty_points', op: 'exists', value: false }] },
  // crm says platinum, but the older customers table says gold for CUST001.
  platinum: { any: [{ field: 'attributes.tier', op: 'eq', value: 'platinum' }] },
};

describe('GET /customers/{id}/unified-profile', () => {
  let api: TestApp;
  let db: DataSource;
  let experiments: { experimentId: string; variant: string; assignedAt: string }[];

  const profile = (customerId: string, query = '', roles: string[] = ['viewer']) =>
    call(api, 'GET', `/api/v1/customers/${customerId}/unified-profile${query}`, { roles });
  const ingest = async (interactions: object[]) => {
    const response = await call(api, 'POST', '/api/v1/interactions', { ...EDITOR, body: { interactions } });
    expect(response.status).toBe(200);
    return response.body as { accepted: number; duplicates: number };
  };
  const putRecord = async (table: string, customerId: string, body: object) => {
    const response = await call(api, 'PUT', `/api/v1/schema-tables/${table}/records/${customerId}`, {
      ...EDITOR,
      body,
    });
    expect(response.status).toBe(201);
  };
  const putMetrics = async (customerId: string, values: Record<string, number>) => {
    const response = await call(api, 'PUT', `/api/v1/customers/${customerId}/metrics`, { ...EDITOR, body: { values } });
    expect(response.status).toBe(200);
  };
  const assign = async (experimentId: string, customerId: string, variant: string) => {
    const response = await call(api, 'PUT', `/api/v1/experiments/${experimentId}/assignments/${customerId}`, {
      ...EDITOR,
      body: { variant },
    });
    expect(response.status).toBe(201);
    return response.body as { experimentId: string; variant: string; assignedAt: string };
  };
  const expectOk = (response: JsonResponse) => {
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: expect.anything() });
    return response.body;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    const put = async (path: string, body: object, status = 201) =>
      expect((await call(api, 'PUT', `/api/v1/${path}`, { ...ADMIN, body })).status).toBe(status);

    await put('channels/ch_001', { name: 'Marketing Email' });
    for (const [id, name] of [
      ['offer_001', 'Platinum Card'],
      ['offer_002', 'Gold Card'],
      ['offer_003', 'Travel Card'],
    ]) {
      await put(`offers/${id}`, { ...OFFER, name });
    }
    await put('creatives/creative_001', { name: 'Email Hero', offerId: 'offer_001', channelId: 'ch_001' });
    await put('creatives/creative_003', { name: 'Email Footer', offerId: 'offer_003', channelId: 'ch_001' });

    // customers is created before crm: it wins the field both declare (tier).
    await put('schema-tables/customers', {
      fields: [
        { name: 'email', type: 'string' },
        { name: 'tier', type: 'string' },
        { name: 'lifetime_value', type: 'number' },
        { name: 'tenure_months', type: 'number' },
        { name: 'signed_up_at', type: 'timestamp' },
      ],
    });
    await put('schema-tables/crm', {
      fields: [
        { name: 'tier', type: 'string' },
        { name: 'nps', type: 'number' },
        { name: 'opted_in', type: 'boolean' },
      ],
    });
    for (const name of ['purchase_frequency_30d', 'engagement_score']) {
      await put(`metrics/${name}`, { description: `The ${name}.` });
    }
    for (const [id, rule] of Object.entries(SEGMENTS)) await put(`segments/${id}`, { name: id, rule });
    for (const id of ['exp_b', 'exp_a'])
      await put(`experiments/${id}`, { name: id, variants: ['control', 'treatment'] });

    // The newer table's record is written first: precedence follows the tables, not the writes.
    await putRecord('crm', 'CUST001', { tier: 'platinum', nps: null, opted_in: true });
    await putRecord('customers', 'CUST001', {
      email: 'john@example.com',
      tier: 'gold',
      lifetime_value: 15200.5,
      tenure_months: 36,
      signed_up_at: '2023-03-01T09:00:00+01:00',
    });
    await putMetrics('CUST001', METRICS);
    const exp_b = await assign('exp_b', 'CUST001', 'treatment');
    const exp_a = await assign('exp_a', 'CUST001', 'control');
    experiments = [exp_a, exp_b].map(({ experimentId, variant, assignedAt }) => ({
      experimentId,
      variant,
      assignedAt,
    }));
    // Scrambled, in two batches, so neither arrival nor batch order can pass for the id order.
    const history = HISTORY.map((item) => ({ ...item, customerId: 'CUST001' }));
    const order = [10, 6, 11, 7, 0, 9, 3, 1, 8, 2, 5, 4];
    expect(await ingest(order.slice(0, 6).map((i) => history[i]))).toMatchObject({ accepted: 6 });
    expect(await ingest(order.slice(6).map((i) => history[i]))).toMatchObject({ accepted: 6 });
  });
  afterAll(async () => {
    await api.close();
  });

  describe('the full profile', () => {
    it('has every section, field by field, in a fixed order', async () => {
      const body = expectOk(await profile('CUST001'));
      expect(body).toEqual({
        customerId: 'CUST001',
        attributes: ATTRIBUTES,
        interactions: { totalCount: 12, recentInteractions: RECENT },
        metrics: METRICS,
        segments: ['active_buyer', 'high_value', 'no_loyalty_points'],
        experiments,
      });
      expect(Object.keys(body)).toEqual(['customerId', ...SECTIONS]);
      expect(Object.keys(body.metrics)).toEqual(['engagement_score', 'purchase_frequency_30d']);
      for (const { assignedAt } of body.experiments) expect(assignedAt).toMatch(ISO_MILLIS);
    });

    it('is the same for every role that may read it', async () => {
      const expected = (await profile('CUST001', '', ['viewer'])).body;
      for (const role of ['admin', 'editor']) expect(expectOk(await profile('CUST001', '', [role]))).toEqual(expected);
    });
  });

  describe('sections', () => {
    let full: Record<string, unknown>;
    beforeAll(async () => {
      full = (await profile('CUST001')).body;
    });

    it.each(SECTIONS)('%s alone', async (section) => {
      const body = expectOk(await profile('CUST001', `?sections=${section}`));
      expect(body).toEqual({ customerId: 'CUST001', [section]: full[section] });
    });

    it.each([
      ['metrics,attributes', ['attributes', 'metrics']],
      ['segments,experiments', ['segments', 'experiments']],
      ['experiments,interactions,segments', ['interactions', 'segments', 'experiments']],
      ['attributes,interactions,metrics,segments,experiments', [...SECTIONS]],
      ['interactions,interactions', ['interactions']],
      ['metrics,segments,metrics', ['metrics', 'segments']],
    ])('%s gives exactly %j (repeats count once), in the fixed order', async (query, sections) => {
      const body = expectOk(await profile('CUST001', `?sections=${query}`));
      expect(body).toEqual(Object.fromEntries([['customerId', 'CUST001'], ...sections.map((s) => [s, full[s]])]));
      expect(Object.keys(body)).toEqual(['customerId', ...sections]);
    });

    it('accepts the repeated form too (sections=a&sections=b)', async () => {
      const body = expectOk(await profile('CUST001', '?sections=metrics&sections=segments,metrics'));
      expect(body).toEqual({ customerId: 'CUST001', metrics: full.metrics, segments: full.segments });
    });

    it.each([
      ['an unknown name', '?sections=bogus', '"bogus"'],
      ['an unknown name among good ones', '?sections=attributes,bogus,metrics', '"bogus"'],
      ['a name in the wrong case', '?sections=Attributes', '"Attributes"'],
      ['a name with a space', '?sections=attributes,%20metrics', '" metrics"'],
      ['an empty value', '?sections=', 'an empty item'],
      ['an empty item', '?sections=attributes,,metrics', 'an empty item'],
      ['a trailing comma', '?sections=attributes,', 'an empty item'],
    ])('refuses %s with a 400 naming sections and listing the allowed names', async (_case, query, quoted) => {
      const problem = expectProblem(await profile('CUST001', query), 400, ['sections']);
      expect(problem.errors).toHaveLength(1);
      expect(problem.errors[0].message).toContain(quoted);
      expect(problem.errors[0].message).toContain(SECTIONS.join(', '));
    });

    it('refuses an unknown query parameter', async () => {
      expectProblem(await profile('CUST001', '?section=attributes'), 400, ['section']);
    });
  });

  describe('interactions', () => {
    it('counts every interaction exactly once: replays, even with another timestamp, are duplicates', async () => {
      const history = HISTORY.map((item) => ({ ...item, customerId: 'CUST001' }));
      expect(await ingest(history)).toMatchObject({ accepted: 0, duplicates: 12 });
      expect(await ingest([{ ...history[0], timestamp: at(59) }, history[5], history[5]])).toMatchObject({
        accepted: 0,
        duplicates: 3,
      });
      const body = expectOk(await profile('CUST001', '?sections=interactions'));
      expect(body.interactions).toEqual({ totalCount: 12, recentInteractions: RECENT });
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM interaction_history WHERE customer_id = 'CUST001'`,
      );
      expect(n).toBe(12);
    });

    it('counts the customer’s own interactions only, and all of them, not just the ten listed', async () => {
      await ingest([
        { id: 'ih_01', customerId: 'CUST_OTHER', offerId: 'offer_001', interactionType: 'click', timestamp: at(30) },
      ]);
      const mine = expectOk(await profile('CUST001', '?sections=interactions')).interactions;
      expect(mine.totalCount).toBe(12);
      expect(mine.recentInteractions).toHaveLength(10);
      expect(expectOk(await profile('CUST_OTHER', '?sections=interactions')).interactions).toEqual({
        totalCount: 1,
        recentInteractions: [{ offerId: 'offer_001', creativeId: null, interactionType: 'click', timestamp: at(30) }],
      });
    });

    it('moves a newer interaction to the front and the total up by one', async () => {
      await ingest([
        {
          id: 'ih_00',
          customerId: 'CUST_GROWING',
          offerId: 'offer_001',
          interactionType: 'impression',
          timestamp: at(1),
        },
      ]);
      const newer = { offerId: 'offer_002', interactionType: 'click', timestamp: at(2) };
      await ingest([{ id: 'ih_zz', customerId: 'CUST_GROWING', ...newer }]);
      const { interactions } = expectOk(await profile('CUST_GROWING', '?sections=interactions'));
      expect(interactions.totalCount).toBe(2);
      expect(interactions.recentInteractions[0]).toEqual({ ...newer, creativeId: null });
    });
  });

  describe('timestamps', () => {
    /** What node-postgres makes of the stored value (a Date), as the API used to render it. */
    const viaDate = async (sql: string, customerId: string) =>
      (await db.query<{ at: Date }[]>(sql, [customerId])).map(({ at }) => at.toISOString());

    it('render stored microseconds in UTC, truncated to milliseconds, as a Date would', async () => {
      const customerId = 'CUST_MICROS';
      await ingest(
        ['ih_m1', 'ih_m2', 'ih_m3'].map((id) => ({ id, customerId, offerId: 'offer_001', interactionType: 'click' })),
      );
      await db.query(
        `UPDATE interaction_history h
         SET occurred_at = v.at::timestamptz
         FROM (VALUES ('ih_m1', '2026-03-15T10:00:00.999999Z'),
                      ('ih_m2', '2026-03-15T11:30:00.0005+02:00'),
                      ('ih_m3', '2026-03-15T08:59:59.5-01:00')) AS v (id, at)
         WHERE h.customer_id = $1 AND h.id = v.id`,
        [customerId],
      );
      // now(), as an assignment stores it, to the microsecond; then a fixed one.
      await assign('exp_b', customerId, 'control');
      const nowish = expectOk(await profile(customerId, '?sections=experiments')).experiments[0].assignedAt;
      expect(nowish).toMatch(ISO_MILLIS);
      expect([nowish]).toEqual(
        await viaDate(`SELECT assigned_at AS at FROM experiment_assignment WHERE customer_id = $1`, customerId),
      );
      await db.query(
        `UPDATE experiment_assignment SET assigned_at = '2026-03-01T09:00:00.123999+05:30' WHERE customer_id = $1`,
        [customerId],
      );

      const body = expectOk(await profile(customerId, '?sections=interactions,experiments'));
      const timestamps = body.interactions.recentInteractions.map((item: { timestamp: string }) => item.timestamp);
      expect(timestamps).toEqual(['2026-03-15T10:00:00.999Z', '2026-03-15T09:59:59.500Z', '2026-03-15T09:30:00.000Z']);
      expect(timestamps).toEqual(
        await viaDate(
          `SELECT occurred_at AS at FROM interaction_history WHERE customer_id = $1 ORDER BY occurred_at DESC`,
          customerId,
        ),
      );
      expect(body.interactions.totalCount).toBe(3);
      expect(body.experiments).toEqual([
        { experimentId: 'exp_b', variant: 'control', assignedAt: '2026-03-01T03:30:00.123Z' },
      ]);
    });
  });

  describe('attributes', () => {
    it('come through exactly as stored: escapes, unicode, floats at full precision', async () => {
      const text = 'Zoë "quoted" \\ back\\slash\n tab\t 😀 \u2028 \u0001 </script>';
      const record = { email: text, lifetime_value: 0.30000000000000004, tenure_months: -1.2345678901234568e20 };
      await putRecord('customers', 'CUST_TEXT', record);
      const metrics = { engagement_score: 2.2250738585072014e-308, purchase_frequency_30d: 1.7976931348623157e308 };
      await putMetrics('CUST_TEXT', metrics);
      const body = expectOk(await profile('CUST_TEXT', '?sections=attributes,metrics'));
      expect(body).toEqual({ customerId: 'CUST_TEXT', attributes: record, metrics });
      expect(body.attributes.email).toBe(text);
    });

    it('takes a field the older table’s record does not store from the newer table', async () => {
      await putRecord('customers', 'CUST002', { email: 'ana@example.com', lifetime_value: 500 });
      await putRecord('crm', 'CUST002', { tier: 'platinum', opted_in: false });
      const body = expectOk(await profile('CUST002', '?sections=attributes,segments'));
      expect(body).toEqual({
        customerId: 'CUST002',
        attributes: { email: 'ana@example.com', lifetime_value: 500, tier: 'platinum', opted_in: false },
        segments: ['no_loyalty_points', 'platinum'],
      });
    });

    it('keeps the older table first after it is redeclared', async () => {
      const response = await call(api, 'PUT', '/api/v1/schema-tables/customers', {
        ...ADMIN,
        body: {
          fields: [
            { name: 'email', type: 'string' },
            { name: 'tier', type: 'string' },
            { name: 'lifetime_value', type: 'number' },
            { name: 'tenure_months', type: 'number' },
            { name: 'signed_up_at', type: 'timestamp' },
            { name: 'nickname', type: 'string' },
          ],
        },
      });
      expect(response.status).toBe(200);
      expect(expectOk(await profile('CUST001', '?sections=attributes')).attributes).toEqual(ATTRIBUTES);
    });
  });

  describe('segments', () => {
    it('are evaluated against attributes and metrics that were not asked for', async () => {
      expect(expectOk(await profile('CUST001', '?sections=segments'))).toEqual({
        customerId: 'CUST001',
        segments: ['active_buyer', 'high_value', 'no_loyalty_points'],
      });
    });

    it('follow the data: a changed metric moves the customer in and out', async () => {
      await putMetrics('CUST003', { engagement_score: 5 });
      expect(expectOk(await profile('CUST003', '?sections=segments')).segments).toEqual([
        'dormant',
        'no_loyalty_points',
      ]);
      await putMetrics('CUST003', { engagement_score: 50, purchase_frequency_30d: 3 });
      expect(expectOk(await profile('CUST003', '?sections=segments')).segments).toEqual([
        'active_buyer',
        'no_loyalty_points',
      ]);
    });

    it('skip a stored rule that no longer parses instead of failing the read', async () => {
      // No API call can store such a rule; an older release or a manual edit could.
      await db.query(
        `INSERT INTO segment (id, name, rule) VALUES ('corrupt', 'Corrupt', '{"all": [{"op": "regex"}]}')`,
      );
      try {
        expect(expectOk(await profile('CUST001', '?sections=segments')).segments).toEqual([
          'active_buyer',
          'high_value',
          'no_loyalty_points',
        ]);
      } finally {
        await db.query(`DELETE FROM segment WHERE id = 'corrupt'`);
      }
    });
  });

  describe('customers without data', () => {
    it.each([
      '',
      '?sections=experiments',
      '?sections=segments',
      '?sections=metrics',
      '?sections=interactions',
      '?sections=attributes,interactions',
    ])('is a 404 for a customer with no data anywhere (%s)', async (query) => {
      const problem = expectProblem(await profile('NOBODY', query), 404);
      expect(problem.detail).not.toContain('NOBODY');
    });

    it('is a 404 for an id that differs only in case (ids are case-sensitive)', async () => {
      expectProblem(await profile('cust001'), 404);
    });

    it('counts impression records as data: 200 with every section empty', async () => {
      const response = await call(api, 'POST', '/api/v1/impressions', {
        ...EDITOR,
        body: { impressions: [{ customerId: 'CUST_SEEN', offerId: 'offer_001', timestamp: at(0) }] },
      });
      expect(response.status).toBe(200);
      expect(expectOk(await profile('CUST_SEEN'))).toEqual({
        customerId: 'CUST_SEEN',
        attributes: {},
        interactions: { totalCount: 0, recentInteractions: [] },
        metrics: {},
        segments: ['no_loyalty_points'],
        experiments: [],
      });
      for (const [query, section, empty] of [
        ['?sections=experiments', 'experiments', []],
        ['?sections=segments', 'segments', ['no_loyalty_points']],
        ['?sections=metrics', 'metrics', {}],
      ] as const) {
        expect(expectOk(await profile('CUST_SEEN', query))).toEqual({ customerId: 'CUST_SEEN', [section]: empty });
      }
    });

    it('counts interaction history as data even without its counters', async () => {
      // No API call writes history without its counters; a manual insert could.
      await db.query(
        `INSERT INTO interaction_history (customer_id, id, offer_id, interaction_type, occurred_at)
         VALUES ('CUST_HISTORY_ONLY', 'ih_h1', 'offer_001', 'click', '2026-03-15T10:00:00Z')`,
      );
      expect(expectOk(await profile('CUST_HISTORY_ONLY', '?sections=experiments'))).toEqual({
        customerId: 'CUST_HISTORY_ONLY',
        experiments: [],
      });
    });

    it('counts a record with no values as data', async () => {
      await putRecord('crm', 'CUST_EMPTY_RECORD', {});
      expect(expectOk(await profile('CUST_EMPTY_RECORD', '?sections=attributes'))).toEqual({
        customerId: 'CUST_EMPTY_RECORD',
        attributes: {},
      });
    });

    it('gives empty sections to a customer whose data is all in sections not asked for', async () => {
      await putMetrics('CUST_METRICS_ONLY', { engagement_score: 1 });
      expect(expectOk(await profile('CUST_METRICS_ONLY', '?sections=experiments,interactions'))).toEqual({
        customerId: 'CUST_METRICS_ONLY',
        interactions: { totalCount: 0, recentInteractions: [] },
        experiments: [],
      });
    });
  });

  describe('ids', () => {
    it('accepts every punctuation mark the id rule allows', async () => {
      const id = 'a.b:c@d-e_f';
      await putRecord('customers', id, { tier: 'silver' });
      await putMetrics(id, { engagement_score: 12.25 });
      const assignment = await assign('exp_a', id, 'treatment');
      await ingest([{ id: 'ih_p', customerId: id, offerId: 'offer_002', interactionType: 'convert' }]);
      const body = expectOk(await profile(id));
      expect(body).toEqual({
        customerId: id,
        attributes: { tier: 'silver' },
        interactions: {
          totalCount: 1,
          recentInteractions: [
            {
              offerId: 'offer_002',
              creativeId: null,
              interactionType: 'convert',
              timestamp: expect.stringMatching(ISO_MILLIS),
            },
          ],
        },
        metrics: { engagement_score: 12.25 },
        segments: ['no_loyalty_points'],
        experiments: [{ experimentId: 'exp_a', variant: 'treatment', assignedAt: assignment.assignedAt }],
      });
    });

    it.each([
      ['a space', 'bad%20id'],
      ['a slash, encoded', 'a%2Fb'],
      ['129 characters', 'c'.repeat(129)],
    ])('refuses an id with %s with a 400 naming id', async (_case, id) => {
      expectProblem(await profile(id), 400, ['id']);
    });
  });

  describe('access', () => {
    it('needs a token (401) with a role (403)', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/customers/CUST001/unified-profile'), 401);
      expectProblem(await profile('CUST001', '', []), 403);
      expectProblem(await profile('CUST001', '', ['auditor']), 403);
    });

    it('checks the token before the input', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/customers/bad%20id/unified-profile?sections=bogus'), 401);
    });

    it('is documented as getUnifiedProfile, with the sections enum and every response field', async () => {
      const doc = (await (await api.request('/api/docs-json')).json()) as any;
      const operation = doc.paths['/api/v1/customers/{id}/unified-profile'].get;
      expect(operation.operationId).toBe('getUnifiedProfile');
      expect(operation.description).toContain('the table created first wins');
      const sections = operation.parameters.find((p: { name: string }) => p.name === 'sections');
      expect(sections).toMatchObject({ in: 'query', required: false, style: 'form', explode: false });
      expect(doc.components.schemas.ProfileSection.enum).toEqual([...SECTIONS]);
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '414', '429', '503']);
      const schema = doc.components.schemas.UnifiedProfileResponse;
      expect(Object.keys(schema.properties)).toEqual(['customerId', ...SECTIONS]);
      expect(schema.required).toEqual(['customerId']);
      expect(schema.properties.metrics.additionalProperties).toEqual({ type: 'number' });
      expect(Object.keys(doc.components.schemas.ProfileInteractionResponse.properties)).toEqual([
        'offerId',
        'creativeId',
        'interactionType',
        'timestamp',
      ]);
    });
  });
});
