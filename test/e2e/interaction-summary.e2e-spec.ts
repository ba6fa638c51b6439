import { DataSource } from 'typeorm';
import { LiveSummaryRepository } from '../../src/modules/summary/live-summary.repository.js';
import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';

const PATH = '/api/v1/interaction-summary';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The two example responses of the seed (seed/customer-data-api.txt), verbatim. */
const SEED_ACTION_EXAMPLE = {
  groupBy: 'action',
  days: 30,
  summary: [
    {
      id: 'offer_001',
      name: 'Platinum Card',
      issue: 'Credit Cards',
      group: 'Premium',
      status: 'active',
      priority: 90,
      impression: 5200,
      click: 416,
      dismiss: 312,
      convert: 52,
      total: 5980,
      ctr: 8.0,
      cvr: 1.0,
    },
  ],
};
const SEED_CUSTOMER_EXAMPLE = {
  groupBy: 'customer',
  days: 30,
  summary: [
    { customerId: 'CUST001', total: 142, impression: 80, click: 32, dismiss: 20, convert: 10, uniqueActions: 8 },
  ],
};

type InteractionType = 'impression' | 'click' | 'dismiss' | 'convert';

interface Event {
  id: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: InteractionType;
  timestamp: string;
}

/**
 * The fixture, written so every number below can be checked by hand. In the last 30 days
 * (2 to 5 days ago):
 *
 * | customer | offer   | creative   | impression | click | dismiss | convert |
 * |----------|---------|------------|-----------:|------:|--------:|--------:|
 * | CUST001  | offer_a | cr_a_email | 2          | 1     |         | 1       |
 * | CUST001  | offer_b | cr_b_email | 1          |       |         |         |
 * | CUST002  | offer_a | cr_a_sms   | 1          |       |         | 1       |
 * | CUST002  | offer_a | (none)     |            |       | 1       |         |
 * | CUST002  | offer_c | (none)     |            | 1     | 1       |         |
 * | CUST003  | offer_b | cr_b_email | 5          | 1     |         |         |
 * | CUST003  | offer_b | cr_b_sms   | 2          |       |         |         |
 * | CUST004  | offer_e | cr_e_email | 1          |       |         | 1       |
 *
 * and 40–45 days ago: CUST005 5 impressions of offer_d on cr_d_web, CUST001 2 impressions
 * of offer_a on cr_a_email. offer_f has no interactions at all.
 */
function fixture(now: number): Event[] {
  let n = 0;
  const events: Event[] = [];
  const add = (
    count: number,
    customerId: string,
    offerId: string,
    creativeId: string | undefined,
    interactionType: InteractionType,
    hoursAgo: number,
  ) => {
    for (let i = 0; i < count; i++) {
      n += 1;
      const timestamp = new Date(now - (hoursAgo + i) * HOUR).toISOString();
      const event: Event = { id: `ih_${n}`, customerId, offerId, interactionType, timestamp };
      if (creativeId) event.creativeId = creativeId;
      events.push(event);
    }
  };
  // CUST002 first, and offer_e before offer_c: ties must be broken by id, not by arrival.
  add(1, 'CUST002', 'offer_a', 'cr_a_sms', 'impression', 80);
  add(1, 'CUST002', 'offer_a', 'cr_a_sms', 'convert', 81);
  add(1, 'CUST002', 'offer_a', undefined, 'dismiss', 82);
  add(1, 'CUST004', 'offer_e', 'cr_e_email', 'impression', 120);
  add(1, 'CUST004', 'offer_e', 'cr_e_email', 'convert', 121);
  add(1, 'CUST002', 'offer_c', undefined, 'click', 90);
  add(1, 'CUST002', 'offer_c', undefined, 'dismiss', 91);
  add(2, 'CUST001', 'offer_a', 'cr_a_email', 'impression', 50);
  add(1, 'CUST001', 'offer_a', 'cr_a_email', 'click', 61);
  add(1, 'CUST001', 'offer_a', 'cr_a_email', 'convert', 62);
  add(1, 'CUST001', 'offer_b', 'cr_b_email', 'impression', 70);
  add(5, 'CUST003', 'offer_b', 'cr_b_email', 'impression', 100);
  add(1, 'CUST003', 'offer_b', 'cr_b_email', 'click', 105);
  add(2, 'CUST003', 'offer_b', 'cr_b_sms', 'impression', 110);
  // Outside 30 days, inside 60.
  add(5, 'CUST005', 'offer_d', 'cr_d_web', 'impression', 40 * 24);
  add(2, 'CUST001', 'offer_a', 'cr_a_email', 'impression', 45 * 24);
  return events;
}

const CHANNELS = [
  ['ch_email', 'Marketing Email'],
  ['ch_sms', 'SMS'],
  ['ch_web', 'Web Banner'],
];
// Names sort differently from ids, so a sort by name would show.
const OFFERS = [
  ['offer_a', { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 }],
  ['offer_b', { name: 'Cashback Card', issue: 'Credit Cards', group: 'Everyday', status: 'active', priority: 70 }],
  ['offer_e', { name: 'Auto Loan', issue: 'Loans', group: 'Standard', status: 'draft', priority: 10 }],
  ['offer_c', { name: 'Home Loan', issue: 'Mortgages', group: 'Standard', status: 'inactive', priority: 50 }],
  ['offer_d', { name: 'Travel Insurance', issue: 'Insurance', group: 'Travel', status: 'active', priority: 30 }],
  ['offer_f', { name: 'Gold Account', issue: 'Deposits', group: 'Premium', status: 'active', priority: 60 }],
] as const;
const CREATIVES = [
  ['cr_a_email', 'Platinum Email Hero', 'offer_a', 'ch_email'],
  ['cr_a_sms', 'Platinum SMS', 'offer_a', 'ch_sms'],
  ['cr_b_email', 'Cashback Email', 'offer_b', 'ch_email'],
  ['cr_b_sms', 'Cashback SMS', 'offer_b', 'ch_sms'],
  ['cr_e_email', 'Auto Loan Email', 'offer_e', 'ch_email'],
  ['cr_d_web', 'Travel Banner', 'offer_d', 'ch_web'],
];

const ROW_KEYS = {
  action: Object.keys(SEED_ACTION_EXAMPLE.summary[0]),
  treatment: ['id', 'name', 'offerId', 'channel', 'impression', 'click', 'dismiss', 'convert', 'total', 'ctr', 'cvr'],
  channel: ['id', 'name', 'impression', 'click', 'dismiss', 'convert', 'total', 'ctr', 'cvr'],
  customer: Object.keys(SEED_CUSTOMER_EXAMPLE.summary[0]),
};

/** Rows keyed as the API keys them, in the order it must return them. */
const EXPECTED_30 = {
  action: [
    {
      id: 'offer_b',
      ...OFFERS[1][1],
      impression: 8,
      click: 1,
      dismiss: 0,
      convert: 0,
      total: 9,
      ctr: 12.5, // 1/8
      cvr: 0,
    },
    {
      id: 'offer_a',
      ...OFFERS[0][1],
      impression: 3,
      click: 1,
      dismiss: 1,
      convert: 2,
      total: 7,
      ctr: 33.33, // 1/3
      cvr: 66.67, // 2/3
    },
    // offer_c and offer_e tie at 2: by id, although offer_e arrived first and "Auto Loan" < "Home Loan".
    {
      id: 'offer_c',
      ...OFFERS[3][1],
      impression: 0,
      click: 1,
      dismiss: 1,
      convert: 0,
      total: 2,
      ctr: 0, // no impressions
      cvr: 0,
    },
    {
      id: 'offer_e',
      ...OFFERS[2][1],
      impression: 1,
      click: 0,
      dismiss: 0,
      convert: 1,
      total: 2,
      ctr: 0,
      cvr: 100,
    },
  ],
  treatment: [
    treatment('cr_b_email', 'Cashback Email', 'offer_b', 'ch_email', [6, 1, 0, 0], 16.67, 0),
    treatment('cr_a_email', 'Platinum Email Hero', 'offer_a', 'ch_email', [2, 1, 0, 1], 50, 50),
    treatment('cr_a_sms', 'Platinum SMS', 'offer_a', 'ch_sms', [1, 0, 0, 1], 0, 100),
    treatment('cr_b_sms', 'Cashback SMS', 'offer_b', 'ch_sms', [2, 0, 0, 0], 0, 0),
    treatment('cr_e_email', 'Auto Loan Email', 'offer_e', 'ch_email', [1, 0, 0, 1], 0, 100),
  ],
  channel: [
    { id: 'ch_email', name: 'Marketing Email', ...counts([9, 2, 0, 2]), ctr: 22.22, cvr: 22.22 },
    { id: 'ch_sms', name: 'SMS', ...counts([3, 0, 0, 1]), ctr: 0, cvr: 33.33 },
  ],
  customer: [
    customer('CUST003', [7, 1, 0, 0], 1),
    customer('CUST001', [3, 1, 0, 1], 2),
    customer('CUST002', [1, 1, 2, 1], 2),
    customer('CUST004', [1, 0, 0, 1], 1),
  ],
};

const EXPECTED_60 = {
  action: [
    // offer_a and offer_b tie at 9.
    { ...EXPECTED_30.action[1], ...counts([5, 1, 1, 2]), ctr: 20, cvr: 40 },
    EXPECTED_30.action[0],
    { id: 'offer_d', ...OFFERS[4][1], ...counts([5, 0, 0, 0]), ctr: 0, cvr: 0 },
    EXPECTED_30.action[2],
    EXPECTED_30.action[3],
  ],
  treatment: [
    EXPECTED_30.treatment[0],
    treatment('cr_a_email', 'Platinum Email Hero', 'offer_a', 'ch_email', [4, 1, 0, 1], 25, 25),
    treatment('cr_d_web', 'Travel Banner', 'offer_d', 'ch_web', [5, 0, 0, 0], 0, 0),
    ...EXPECTED_30.treatment.slice(2),
  ],
  channel: [
    { id: 'ch_email', name: 'Marketing Email', ...counts([11, 2, 0, 2]), ctr: 18.18, cvr: 18.18 },
    { id: 'ch_web', name: 'Web Banner', ...counts([5, 0, 0, 0]), ctr: 0, cvr: 0 },
    EXPECTED_30.channel[1],
  ],
  customer: [
    customer('CUST003', [7, 1, 0, 0], 1),
    customer('CUST001', [5, 1, 0, 1], 2),
    customer('CUST002', [1, 1, 2, 1], 2), // ties with CUST005 at 5
    customer('CUST005', [5, 0, 0, 0], 1),
    customer('CUST004', [1, 0, 0, 1], 1),
  ],
};

function counts([impression, click, dismiss, convert]: number[]) {
  return { impression, click, dismiss, convert, total: impression + click + dismiss + convert };
}

function treatment(
  id: string,
  name: string,
  offerId: string,
  channelId: string,
  typeCounts: number[],
  ctr: number,
  cvr: number,
) {
  const channel = { id: channelId, name: CHANNELS.find(([c]) => c === channelId)![1] };
  return { id, name, offerId, channel, ...counts(typeCounts), ctr, cvr };
}

function customer(customerId: string, typeCounts: number[], uniqueActions: number) {
  const { total, ...byType } = counts(typeCounts);
  return { customerId, total, ...byType, uniqueActions };
}

type GroupBy = keyof typeof EXPECTED_30;
const GROUP_BYS: GroupBy[] = ['action', 'treatment', 'channel', 'customer'];

/*
 * The same numbers, computed independently of the service: join first, then aggregate
 * with SUM(CASE), rates with numeric round() in SQL (halves away from zero).
 */
const IN_WINDOW = `h.occurred_at > now() - make_interval(hours => 24 * $1::int)`;
const SUMS = `
  sum(CASE WHEN h.interaction_type = 'impression' THEN 1 ELSE 0 END)::int AS impression,
  sum(CASE WHEN h.interaction_type = 'click' THEN 1 ELSE 0 END)::int AS click,
  sum(CASE WHEN h.interaction_type = 'dismiss' THEN 1 ELSE 0 END)::int AS dismiss,
  sum(CASE WHEN h.interaction_type = 'convert' THEN 1 ELSE 0 END)::int AS "convert",
  count(h.*)::int AS total`;
const RATES = `
  coalesce(round(100.0 * sum(CASE WHEN h.interaction_type = 'click' THEN 1 ELSE 0 END)
    / nullif(sum(CASE WHEN h.interaction_type = 'impression' THEN 1 ELSE 0 END), 0), 2), 0)::float8 AS ctr,
  coalesce(round(100.0 * sum(CASE WHEN h.interaction_type = 'convert' THEN 1 ELSE 0 END)
    / nullif(sum(CASE WHEN h.interaction_type = 'impression' THEN 1 ELSE 0 END), 0), 2), 0)::float8 AS cvr`;
const INDEPENDENT_SQL: Record<GroupBy, string> = {
  action: `
    SELECT o.id, o.name, o.issue, o.group_name AS "group", o.status::text AS status, o.priority, ${SUMS}, ${RATES}
    FROM offer o JOIN interaction_history h ON h.offer_id = o.id AND ${IN_WINDOW}
    GROUP BY o.id ORDER BY total DESC, o.id COLLATE "C"`,
  treatment: `
    SELECT cr.id, cr.name, cr.offer_id AS "offerId", json_build_object('id', ch.id, 'name', ch.name) AS channel,
           ${SUMS}, ${RATES}
    FROM creative cr JOIN channel ch ON ch.id = cr.channel_id
    JOIN interaction_history h ON h.creative_id = cr.id AND ${IN_WINDOW}
    GROUP BY cr.id, ch.id ORDER BY total DESC, cr.id COLLATE "C"`,
  channel: `
    SELECT ch.id, ch.name, ${SUMS}, ${RATES}
    FROM channel ch JOIN creative cr ON cr.channel_id = ch.id
    JOIN interaction_history h ON h.creative_id = cr.id AND ${IN_WINDOW}
    GROUP BY ch.id ORDER BY total DESC, ch.id COLLATE "C"`,
  customer: `
    SELECT h.customer_id AS "customerId", count(*)::int AS total,
           sum(CASE WHEN h.interaction_type = 'impression' THEN 1 ELSE 0 END)::int AS impression,
           sum(CASE WHEN h.interaction_type = 'click' THEN 1 ELSE 0 END)::int AS click,
           sum(CASE WHEN h.interaction_type = 'dismiss' THEN 1 ELSE 0 END)::int AS dismiss,
           sum(CASE WHEN h.interaction_type = 'convert' THEN 1 ELSE 0 END)::int AS "convert",
           (SELECT count(*) FROM (SELECT DISTINCT h2.offer_id FROM interaction_history h2
              WHERE h2.customer_id = h.customer_id AND h2.occurred_at > now() - make_interval(hours => 24 * $1::int)) d
           )::int AS "uniqueActions"
    FROM interaction_history h WHERE ${IN_WINDOW}
    GROUP BY h.customer_id ORDER BY total DESC, h.customer_id COLLATE "C"`,
};

async function putCatalog(api: TestApp): Promise<void> {
  const admin = { roles: ['admin'] };
  for (const [id, name] of CHANNELS) {
    expect((await call(api, 'PUT', `/api/v1/channels/${id}`, { ...admin, body: { name } })).status).toBe(201);
  }
  for (const [id, offer] of OFFERS) {
    expect((await call(api, 'PUT', `/api/v1/offers/${id}`, { ...admin, body: offer })).status).toBe(201);
  }
  for (const [id, name, offerId, channelId] of CREATIVES) {
    const put = await call(api, 'PUT', `/api/v1/creatives/${id}`, { ...admin, body: { name, offerId, channelId } });
    expect(put.status).toBe(201);
  }
}

async function ingest(api: TestApp, interactions: object[]): Promise<void> {
  const response = await call(api, 'POST', '/api/v1/interactions', { roles: ['editor'], body: { interactions } });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ accepted: interactions.length, duplicates: 0 });
}

describe('GET /interaction-summary', () => {
  let api: TestApp;
  let db: DataSource;

  const get = (query: string, roles: string[] = ['viewer']) => call(api, 'GET', `${PATH}${query}`, { roles });

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    await putCatalog(api);
    await ingest(api, fixture(Date.now()));
  });
  afterAll(async () => {
    await api.close();
  });

  describe('exact numbers for every grouping', () => {
    it.each(GROUP_BYS)('groupBy=%s, last 30 days', async (groupBy) => {
      const response = await get(`?groupBy=${groupBy}&days=30`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        groupBy,
        days: 30,
        summary: EXPECTED_30[groupBy],
        hasMore: false,
        source: 'live',
        refreshedAt: null,
      });
    });

    it.each(GROUP_BYS)('groupBy=%s, last 60 days (older interactions join in)', async (groupBy) => {
      const response = await get(`?groupBy=${groupBy}&days=60`);
      expect(response.status).toBe(200);
      expect(response.body.summary).toEqual(EXPECTED_60[groupBy]);
    });

    it('defaults to groupBy=action, days=30, limit=100', async () => {
      const response = await get('');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        groupBy: 'action',
        days: 30,
        summary: EXPECTED_30.action,
        hasMore: false,
        source: 'live',
        refreshedAt: null,
      });
    });

    it('interactions without a creative count for action and customer, not for treatment or channel', async () => {
      const totals = async (groupBy: GroupBy) =>
        ((await get(`?groupBy=${groupBy}`)).body.summary as { total: number }[]).reduce((sum, r) => sum + r.total, 0);
      // 20 interactions in the window, 3 of them (CUST002's) without a creative.
      expect(await totals('action')).toBe(20);
      expect(await totals('customer')).toBe(20);
      expect(await totals('treatment')).toBe(17);
      expect(await totals('channel')).toBe(17);
    });

    it('lists only groups with interactions in the window', async () => {
      const ids = async (query: string) =>
        ((await get(query)).body.summary as { id: string }[]).map((r) => r.id).sort();
      expect(await ids('?groupBy=action&days=30')).not.toContain('offer_d');
      expect(await ids('?groupBy=channel&days=30')).not.toContain('ch_web');
      expect(await ids('?groupBy=action&days=3650')).toEqual(['offer_a', 'offer_b', 'offer_c', 'offer_d', 'offer_e']);
    });
  });

  describe('cross-checked against an independent SQL aggregation', () => {
    it.each(GROUP_BYS.flatMap((groupBy) => [1, 3, 30, 44, 60, 3650].map((days) => [groupBy, days] as const)))(
      'groupBy=%s, days=%i',
      async (groupBy, days) => {
        const expected = await db.query<Record<string, unknown>[]>(INDEPENDENT_SQL[groupBy], [days]);
        const response = await get(`?groupBy=${groupBy}&days=${days}&limit=1000`);
        expect(response.status).toBe(200);
        expect(response.body.summary).toEqual(expected);
        expect(response.body.hasMore).toBe(false);
      },
    );
  });

  describe('limit and hasMore', () => {
    it.each([
      ['action', 2, ['offer_b', 'offer_a'], true],
      ['action', 3, ['offer_b', 'offer_a', 'offer_c'], true],
      ['action', 4, ['offer_b', 'offer_a', 'offer_c', 'offer_e'], false],
      ['treatment', 4, ['cr_b_email', 'cr_a_email', 'cr_a_sms', 'cr_b_sms'], true],
      ['treatment', 5, ['cr_b_email', 'cr_a_email', 'cr_a_sms', 'cr_b_sms', 'cr_e_email'], false],
      ['channel', 1, ['ch_email'], true],
      ['channel', 2, ['ch_email', 'ch_sms'], false],
      ['customer', 1, ['CUST003'], true],
      ['customer', 2, ['CUST003', 'CUST001'], true],
      ['customer', 1000, ['CUST003', 'CUST001', 'CUST002', 'CUST004'], false],
    ] as const)('groupBy=%s&limit=%i', async (groupBy, limit, ids, hasMore) => {
      const response = await get(`?groupBy=${groupBy}&limit=${limit}`);
      expect(response.status).toBe(200);
      const rows = response.body.summary as Record<string, unknown>[];
      expect(rows.map((r) => r.id ?? r.customerId)).toEqual(ids);
      expect(response.body.hasMore).toBe(hasMore);
      // The rows of a shorter page are those of a longer one: the cut is after sorting.
      expect(rows).toEqual(EXPECTED_30[groupBy].slice(0, limit));
    });
  });

  describe('shapes, as in the seed', () => {
    function typesOf(value: Record<string, unknown>): Record<string, string> {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, v === null ? 'null' : typeof v]));
    }

    it.each([
      ['action', SEED_ACTION_EXAMPLE],
      ['customer', SEED_CUSTOMER_EXAMPLE],
    ] as const)('groupBy=%s has the seed example’s fields, order and types', async (groupBy, example) => {
      const { body } = await get(`?groupBy=${groupBy}`);
      const { summary: exampleRows, ...exampleTop } = example;
      const { summary: rows, hasMore, source, refreshedAt, ...top } = body;
      expect(typesOf(top)).toEqual(typesOf(exampleTop));
      expect(Object.keys(body)).toEqual(['groupBy', 'days', 'summary', 'hasMore', 'source', 'refreshedAt']);
      expect({ hasMore, source, refreshedAt }).toEqual({ hasMore: false, source: 'live', refreshedAt: null });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(Object.keys(exampleRows[0]));
        expect(typesOf(row)).toEqual(typesOf(exampleRows[0]));
      }
    });

    it.each(GROUP_BYS)('groupBy=%s rows have exactly their documented fields', async (groupBy) => {
      const { body } = await get(`?groupBy=${groupBy}&days=60`);
      for (const row of body.summary) {
        expect(Object.keys(row)).toEqual(ROW_KEYS[groupBy]);
        for (const key of ['impression', 'click', 'dismiss', 'convert', 'total']) {
          expect(Number.isInteger(row[key])).toBe(true);
        }
      }
    });

    it('sends numbers as JSON numbers, rates with at most 2 decimals', async () => {
      const response = await api.request(`${PATH}?groupBy=action`, {
        headers: { authorization: `Bearer ${tokenFor(['viewer'])}` },
      });
      const text = await response.text();
      expect(text).toContain('"ctr":33.33,"cvr":66.67');
      expect(text).toContain('"ctr":12.5,"cvr":0');
      expect(text).toContain('"impression":8,"click":1,');
    });

    it('documents the operation, its parameters and a response union discriminated by groupBy', async () => {
      const doc = (await (await api.request('/api/docs-json')).json()) as any;
      const operation = doc.paths[PATH].get;
      expect(operation.operationId).toBe('getInteractionSummary');
      const params = Object.fromEntries(operation.parameters.map((p: any) => [p.name, p.schema]));
      expect(params.groupBy).toEqual({ $ref: '#/components/schemas/InteractionSummaryGroupBy' });
      expect(doc.components.schemas.InteractionSummaryGroupBy.enum).toEqual(GROUP_BYS);
      expect(params.days).toMatchObject({ type: 'integer', minimum: 1, maximum: 3650, default: 30 });
      expect(params.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000, default: 100 });
      const schema = operation.responses['200'].content['application/json'].schema;
      expect(schema.discriminator.propertyName).toBe('groupBy');
      const names = ['Action', 'Treatment', 'Channel', 'Customer'].map((k) => `${k}SummaryResponse`);
      expect(schema.oneOf).toEqual(names.map((name) => ({ $ref: `#/components/schemas/${name}` })));
      for (const [groupBy, name] of GROUP_BYS.map((g, i) => [g, names[i]])) {
        const envelope = doc.components.schemas[name];
        expect(envelope.properties.groupBy.enum).toEqual([groupBy]);
        const rowSchema = doc.components.schemas[envelope.properties.summary.items.$ref.split('/').pop()];
        expect(Object.keys(rowSchema.properties)).toEqual(ROW_KEYS[groupBy as GroupBy]);
        expect(rowSchema.required).toEqual(ROW_KEYS[groupBy as GroupBy]);
      }
      expect(doc.components.schemas.InteractionSummarySource.enum).toEqual(['materialized', 'live', 'mixed']);
    });
  });

  describe('validation', () => {
    it.each([
      ['groupBy=offer', 'groupBy'],
      ['groupBy=ACTION', 'groupBy'],
      ['groupBy=', 'groupBy'],
      ['groupBy=action&groupBy=customer', 'groupBy'],
      ['days=0', 'days'],
      ['days=3651', 'days'],
      ['days=1.5', 'days'],
      ['days=abc', 'days'],
      ['days=-1', 'days'],
      ['days=', 'days'],
      ['days=1&days=2', 'days'],
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=2.5', 'limit'],
      ['limit=many', 'limit'],
      ['sort=total', 'sort'],
      ['groupBy=action&offerId=offer_a', 'offerId'],
    ])('?%s is a 400 naming %s', async (query, field) => {
      expectProblem(await get(`?${query}`), 400, [field]);
    });

    it('accepts the bounds', async () => {
      for (const query of ['days=1', 'days=3650', 'limit=1', 'limit=1000', 'groupBy=customer&days=3650&limit=1000']) {
        const response = await get(`?${query}`);
        expect({ query, status: response.status }).toEqual({ query, status: 200 });
      }
    });
  });

  describe('access', () => {
    it.each(['admin', 'editor', 'viewer'])('lets %s read', async (role) => {
      const response = await get('?groupBy=channel', [role]);
      expect(response.status).toBe(200);
      expect(response.body.summary).toEqual(EXPECTED_30.channel);
    });

    it('refuses anonymous callers (401) and tokens without a role (403)', async () => {
      expectProblem(await call(api, 'GET', PATH), 401);
      expectProblem(await call(api, 'GET', `${PATH}?groupBy=customer`), 401);
      expectProblem(await get('', []), 403);
    });
  });
});

describe('GET /interaction-summary: window edges, freshness, order', () => {
  let api: TestApp;

  const get = (query: string) => call(api, 'GET', `${PATH}${query}`, { roles: ['viewer'] });
  const event = (customerId: string, at: number, interactionType: InteractionType = 'impression') => ({
    customerId,
    offerId: 'offer_a',
    creativeId: 'cr_a_email',
    interactionType,
    timestamp: new Date(at).toISOString(),
  });
  const customerIds = async (query: string): Promise<string[]> => {
    const response = await get(query);
    expect(response.status).toBe(200);
    return (response.body.summary as { customerId: string }[]).map((r) => r.customerId);
  };

  beforeAll(async () => {
    api = await startTestApp();
    await putCatalog(api);
    // Test databases sort in byte order (C locale); many production ones sort linguistically.
    // Give customer ids a linguistic collation here, so the tie order below is proven to
    // be the API's choice, not the database's.
    await api.app
      .get(DataSource)
      .query(`ALTER TABLE interaction_history ALTER COLUMN customer_id TYPE varchar(128) COLLATE "und-x-icu"`);
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts an interaction just inside `days` and not one just outside', async () => {
    const now = Date.now();
    await ingest(api, [
      event('EDGE_IN', now - DAY + 20_000), // 20 s inside one day: room for the request to arrive
      event('EDGE_OUT', now - DAY - 1_000), // 1 s outside, and only further out as time passes
      event('EDGE_OUT_7', now - 7 * DAY - 1_000),
      event('EDGE_IN_7', now - 7 * DAY + 20_000),
    ]);
    const oneDay = await customerIds('?groupBy=customer&days=1&limit=1000');
    expect(oneDay).toContain('EDGE_IN');
    expect(oneDay).not.toContain('EDGE_OUT');
    expect(oneDay).not.toContain('EDGE_IN_7');
    const twoDays = await customerIds('?groupBy=customer&days=2&limit=1000');
    expect(twoDays).toEqual(expect.arrayContaining(['EDGE_IN', 'EDGE_OUT']));
    const sevenDays = await customerIds('?groupBy=customer&days=7&limit=1000');
    expect(sevenDays).toEqual(expect.arrayContaining(['EDGE_IN', 'EDGE_OUT', 'EDGE_IN_7']));
    expect(sevenDays).not.toContain('EDGE_OUT_7');
  });

  it('counts an interaction as soon as its write has returned, including slightly future-dated ones', async () => {
    const before = (await get('?groupBy=treatment&days=1')).body.summary as { id: string; total: number }[];
    const was = before.find((r) => r.id === 'cr_a_email')?.total ?? 0;
    await ingest(api, [event('FRESH', Date.now(), 'click'), event('FRESH', Date.now() + HOUR, 'convert')]);
    const after = (await get('?groupBy=treatment&days=1')).body.summary as { id: string; total: number }[];
    expect(after.find((r) => r.id === 'cr_a_email')?.total).toBe(was + 2);
    expect((await get('?groupBy=customer&days=1&limit=1000')).body.summary).toContainEqual({
      customerId: 'FRESH',
      total: 2,
      impression: 0,
      click: 1,
      dismiss: 0,
      convert: 1,
      uniqueActions: 1,
    });
  });

  it('breaks ties by id in byte order, whatever the database collation', async () => {
    const now = Date.now() - HOUR;
    const ties = ['b-tie', 'a_tie', 'B-tie', 'A-TIE'];
    await ingest(
      api,
      ties.map((id) => event(id, now)),
    );
    const order = (await customerIds('?groupBy=customer&days=1&limit=1000')).filter((id) => ties.includes(id));
    // Upper case before lower case, '-' before '_': not what a linguistic collation would say.
    expect(order).toEqual(['A-TIE', 'B-tie', 'a_tie', 'b-tie']);
  });

  it('cuts at the default limit of 100 and says so', async () => {
    const now = Date.now() - 2 * HOUR;
    const many = Array.from({ length: 120 }, (_, i) => event(`BULK_${String(i).padStart(3, '0')}`, now));
    await ingest(api, many);
    const page = await get('?groupBy=customer&days=1');
    expect(page.body.summary).toHaveLength(100);
    expect(page.body.hasMore).toBe(true);
    const all = await get('?groupBy=customer&days=1&limit=1000');
    expect(all.body.hasMore).toBe(false);
    expect(all.body.summary.length).toBeGreaterThanOrEqual(120);
    expect(page.body.summary).toEqual(all.body.summary.slice(0, 100));
  });
});

describe('GET /interaction-summary from the materialized rollups', () => {
  let api: TestApp;
  /** A second instance on the same database with SUMMARY_MATERIALIZED=false: the live answers. */
  let liveApi: TestApp;

  const get = (app: TestApp, query: string) => call(app, 'GET', `${PATH}${query}`, { roles: ['viewer'] });
  const refresh = async (): Promise<{ refreshedAt: string }> => {
    const response = await call(api, 'POST', `${PATH}/refresh`, { roles: ['admin'] });
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    api = await startTestApp();
    liveApi = await startTestApp({ SUMMARY_MATERIALIZED: 'false' }, { databaseUrl: api.databaseUrl });
    await putCatalog(api);
    await ingest(api, fixture(Date.now()));
  });
  afterAll(async () => {
    await liveApi?.close();
    await api?.close();
  });

  it('answers live until the first refresh, from the rollups after it', async () => {
    for (const groupBy of GROUP_BYS) {
      const before = await get(api, `?groupBy=${groupBy}`);
      expect(before.body).toMatchObject({ summary: EXPECTED_30[groupBy], source: 'live', refreshedAt: null });
    }
    const { refreshedAt } = await refresh();
    for (const groupBy of ['action', 'treatment', 'channel'] as const) {
      const after = await get(api, `?groupBy=${groupBy}`);
      expect(after.body).toEqual({
        groupBy,
        days: 30,
        summary: EXPECTED_30[groupBy],
        hasMore: false,
        source: 'materialized',
        refreshedAt,
      });
    }
    // A window this small is aggregated live for customers (cheaper than the threshold method).
    const customers = await get(api, '?groupBy=customer');
    expect(customers.body).toMatchObject({ summary: EXPECTED_30.customer, source: 'live', refreshedAt: null });
  });

  it('counts a write past the watermark at once (mixed), and from the rollups after the next refresh', async () => {
    const { refreshedAt } = await refresh();
    const before = await get(api, '?groupBy=action');
    const offerA = (before.body.summary as { id: string; click: number }[]).find((r) => r.id === 'offer_a')!;
    await ingest(api, [
      {
        customerId: 'CUST_NEW',
        offerId: 'offer_a',
        creativeId: 'cr_a_email',
        interactionType: 'click',
        timestamp: new Date(Date.now() - HOUR).toISOString(),
      },
    ]);
    const mixed = await get(api, '?groupBy=action');
    expect(mixed.body).toMatchObject({ source: 'mixed', refreshedAt });
    expect(mixed.body.summary).toContainEqual(expect.objectContaining({ id: 'offer_a', click: offerA.click + 1 }));
    expect(mixed.body.summary).toEqual((await get(liveApi, '?groupBy=action')).body.summary);
    const next = await refresh();
    const materialized = await get(api, '?groupBy=action');
    expect(materialized.body).toMatchObject({ source: 'materialized', refreshedAt: next.refreshedAt });
    expect(materialized.body.summary).toEqual(mixed.body.summary);
  });

  it('equals the live answers for every groupBy, window and limit', async () => {
    await ingest(api, [
      {
        customerId: 'CUST_TAIL',
        offerId: 'offer_b',
        creativeId: 'cr_b_sms',
        interactionType: 'impression',
        timestamp: new Date(Date.now() - 3 * HOUR).toISOString(),
      },
    ]);
    for (const groupBy of GROUP_BYS) {
      for (const days of [1, 3, 30, 44, 60, 3650]) {
        for (const limit of [1, 2, 1000]) {
          const query = `?groupBy=${groupBy}&days=${days}&limit=${limit}`;
          const [materialized, live] = await Promise.all([get(api, query), get(liveApi, query)]);
          expect({ query, summary: materialized.body.summary, hasMore: materialized.body.hasMore }).toEqual({
            query,
            summary: live.body.summary,
            hasMore: live.body.hasMore,
          });
          expect(live.body).toMatchObject({ source: 'live', refreshedAt: null });
        }
      }
    }
  });

  it('with SUMMARY_MATERIALIZED=false, answers live whatever the rollups hold, and refuses to refresh', async () => {
    await refresh();
    for (const groupBy of GROUP_BYS) {
      const response = await get(liveApi, `?groupBy=${groupBy}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ source: 'live', refreshedAt: null });
    }
    expectProblem(await call(liveApi, 'POST', `${PATH}/refresh`, { roles: ['admin'] }), 409);
  });
});

/**
 * The customer summary's threshold method (top-customers.ts), through the API, on data made
 * for its edge cases: more than 30 000 interactions in the window (below that, the rollup
 * source aggregates customers live right away), heavy customers idle in the window (visited
 * first, counting nothing), and a long tie at the cut-off between customers whose all-time
 * totals equal their window totals (the visit may only stop once the next customer's
 * all-time total is below the cut-off, and the tie is broken by id in byte order).
 */
describe('GET /interaction-summary?groupBy=customer: the threshold method against live', () => {
  let api: TestApp;
  let liveApi: TestApp;
  let liveCalls = 0;

  const get = (app: TestApp, query: string) => call(app, 'GET', `${PATH}${query}`, { roles: ['viewer'] });
  const DAYS_AGO = (days: number, minutes: number) =>
    new Date(Date.now() - days * DAY - minutes * 60_000).toISOString();

  function rows(customerId: string, count: number, daysAgo: number, offers = ['offer_a', 'offer_b', 'offer_c']) {
    return Array.from({ length: count }, (_, i) => ({
      customerId,
      offerId: offers[i % offers.length],
      interactionType: (['impression', 'click', 'dismiss', 'convert'] as const)[i % 4],
      timestamp: DAYS_AGO(daysAgo + (i % 7), i),
    }));
  }

  beforeAll(async () => {
    api = await startTestApp();
    liveApi = await startTestApp({ SUMMARY_MATERIALIZED: 'false' }, { databaseUrl: api.databaseUrl });
    await putCatalog(api);
    const all: object[] = [];
    // Heavy all-time, idle in 30 days: 40 to 46 days ago.
    for (let i = 0; i < 150; i++) all.push(...rows(`HEAVY_${String(i).padStart(3, '0')}`, 60, 40));
    // 1 800 customers with 20 interactions each, all in the last 30 days: one long tie, in
    // ids whose byte order (upper case first) is not a linguistic one.
    for (let i = 0; i < 1800; i++) {
      all.push(...rows(`${i % 2 === 0 ? 'T' : 't'}${String(i).padStart(4, '0')}`, 20, 1 + (i % 20)));
    }
    // Above the tie in the window; two of them also active before it.
    all.push(...rows('TOP_A', 40, 2), ...rows('TOP_B', 40, 3), ...rows('TOP_B', 30, 50), ...rows('TOP_C', 35, 4));
    // In the tie (20 in the window) with larger all-time totals, visited before the tie.
    all.push(...rows('MID_Z', 20, 5), ...rows('MID_Z', 15, 60), ...rows('mid_a', 20, 6), ...rows('mid_a', 5, 70));
    for (let i = 0; i < all.length; i += 1000) await ingest(api, all.slice(i, i + 1000));
    expect((await call(api, 'POST', `${PATH}/refresh`, { roles: ['admin'] })).status).toBe(200);
    // Proves the answers below come from the threshold method, not the live fallback.
    const live = api.app.get(LiveSummaryRepository);
    const countByCustomer = live.countByCustomer.bind(live);
    live.countByCustomer = (reader, window) => {
      liveCalls += 1;
      return countByCustomer(reader, window);
    };
  }, 120_000);
  afterAll(async () => {
    await liveApi?.close();
    await api?.close();
  });

  it.each([
    [30, 1],
    [30, 3],
    [30, 100],
    [30, 1000],
    [45, 3],
    [45, 100],
    [3650, 1],
    [3650, 100],
  ])('days=%i, limit=%i: the live answer', async (days, limit) => {
    const query = `?groupBy=customer&days=${days}&limit=${limit}`;
    liveCalls = 0;
    const [materialized, live] = await Promise.all([get(api, query), get(liveApi, query)]);
    expect(liveCalls).toBe(0);
    expect(materialized.status).toBe(200);
    // The same rows; only how they were counted differs (day rollup and raw rows: mixed).
    expect({ ...materialized.body, source: 'live', refreshedAt: null }).toEqual(live.body);
    expect(materialized.body).toMatchObject({ source: 'mixed', refreshedAt: expect.any(String) as unknown });
    expect(materialized.body.summary).toHaveLength(limit === 1000 ? 1000 : limit);
  });

  it('cuts the tie by id in byte order, after the customers above it', async () => {
    const { body } = await get(api, '?groupBy=customer&days=30&limit=8');
    expect((body.summary as { customerId: string }[]).map((r) => r.customerId)).toEqual([
      'TOP_A',
      'TOP_B',
      'TOP_C',
      'MID_Z',
      'T0000',
      'T0002',
      'T0004',
      'T0006',
    ]);
    expect(body.summary[3]).toMatchObject({ total: 20, uniqueActions: 3 });
    expect(body.hasMore).toBe(true);
  });
});
