import { call } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The example responses of the user's spec (shared/seed/customer-data-api.txt), each
 * reproduced from the data it implies and compared field by field: every name, every
 * nesting level and every JSON type of the example is in the response, with the same
 * values. Extra fields the contract adds are allowed.
 */

const PROFILE_EXAMPLE = {
  customerId: 'CUST001',
  attributes: { email: 'john@example.com', tier: 'gold', lifetime_value: 15200.5, tenure_months: 36 },
  interactions: {
    totalCount: 142,
    recentInteractions: [{ offerId: 'offer_001', interactionType: 'click', timestamp: '2026-03-15T10:30:00.000Z' }],
  },
  metrics: { purchase_frequency_30d: 4, engagement_score: 78.5 },
  segments: ['high_value', 'active_buyer'],
};

const ERASURE_EXAMPLE = {
  success: true,
  deleted: { interactionHistory: 142, interactionSummary: 23, experimentAssignments: 5, impressions: 67 },
};

const HISTORY_EXAMPLE = {
  data: [
    {
      id: 'ih_001',
      customerId: 'CUST001',
      offerId: 'offer_001',
      interactionType: 'click',
      timestamp: '2026-03-15T10:30:00.000Z',
      offer: { id: 'offer_001', name: 'Platinum Card' },
      creative: { id: 'creative_001', name: 'Email Hero', channel: { id: 'ch_001', name: 'Marketing Email' } },
    },
  ],
  total: 142,
  hasMore: true,
};

const ACTION_SUMMARY_EXAMPLE = {
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

const CUSTOMER_SUMMARY_EXAMPLE = {
  groupBy: 'customer',
  days: 30,
  summary: [
    { customerId: 'CUST001', total: 142, impression: 80, click: 32, dismiss: 20, convert: 10, uniqueActions: 8 },
  ],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every field of `example` is in `actual` with the same JSON type and value; arrays compare item by item. */
function expectShape(actual: unknown, example: Json, path = '$'): void {
  if (Array.isArray(example)) {
    expect({ path, isArray: Array.isArray(actual) }).toEqual({ path, isArray: true });
    const items = actual as unknown[];
    expect({ path, atLeast: items.length >= example.length }).toEqual({ path, atLeast: true });
    example.forEach((item, i) => expectShape(items[i], item, `${path}[${i}]`));
  } else if (example !== null && typeof example === 'object') {
    expect({ path, type: typeof actual, isNull: actual === null }).toEqual({ path, type: 'object', isNull: false });
    for (const [key, value] of Object.entries(example)) {
      expectShape((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect({ path, value: actual, type: typeof actual }).toEqual({ path, value: example, type: typeof example });
  }
}

const ADMIN = { roles: ['admin'] };

async function catalog(api: TestApp, offers: number): Promise<void> {
  await call(api, 'PUT', '/api/v1/channels/ch_001', { ...ADMIN, body: { name: 'Marketing Email' } });
  await call(api, 'PUT', '/api/v1/offers/offer_001', {
    ...ADMIN,
    body: { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 },
  });
  await call(api, 'PUT', '/api/v1/creatives/creative_001', {
    ...ADMIN,
    body: { name: 'Email Hero', offerId: 'offer_001', channelId: 'ch_001' },
  });
  for (let n = 2; n <= offers; n++) {
    const id = `offer_${String(n).padStart(3, '0')}`;
    await call(api, 'PUT', `/api/v1/offers/${id}`, {
      ...ADMIN,
      body: { name: `Offer ${n}`, issue: 'Loans', group: 'Personal', status: 'active', priority: 10 },
    });
  }
}

interface Item {
  id?: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: string;
  timestamp: string;
}

async function ingest(api: TestApp, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 1000) {
    const response = await call(api, 'POST', '/api/v1/interactions', {
      ...ADMIN,
      body: { interactions: items.slice(i, i + 1000) },
    });
    expect(response.status).toBe(200);
  }
}

const TYPES = (counts: Record<string, number>) => Object.entries(counts).flatMap(([type, n]) => Array(n).fill(type));

/** 142 interactions of CUST001 before 2026-03-15T10:30Z, over `offers` offers, the newest being ih_001. */
function customerHistory(offers: number): Item[] {
  const items: Item[] = [
    {
      id: 'ih_001',
      customerId: 'CUST001',
      offerId: 'offer_001',
      creativeId: 'creative_001',
      interactionType: 'click',
      timestamp: '2026-03-15T10:30:00.000Z',
    },
  ];
  for (let i = 1; i < 142; i++) {
    items.push({
      id: `ih_${String(i + 1).padStart(3, '0')}`,
      customerId: 'CUST001',
      offerId: `offer_${String(1 + (i % offers)).padStart(3, '0')}`,
      interactionType: ['impression', 'click', 'dismiss', 'convert'][i % 4],
      timestamp: new Date(Date.UTC(2026, 2, 15, 10, 30) - i * 3_600_000).toISOString(),
    });
  }
  return items;
}

describe('the seed’s example responses, reproduced', () => {
  let api: TestApp;

  beforeEach(async () => {
    api = await startTestApp();
  });
  afterEach(async () => {
    await api.close();
  });

  it('GET /customers/{id}/unified-profile', async () => {
    await catalog(api, 1);
    await call(api, 'PUT', '/api/v1/schema-tables/customers', {
      ...ADMIN,
      body: {
        fields: [
          { name: 'email', type: 'string' },
          { name: 'tier', type: 'string' },
          { name: 'lifetime_value', type: 'number' },
          { name: 'tenure_months', type: 'number' },
        ],
      },
    });
    await call(api, 'PUT', '/api/v1/schema-tables/customers/records/CUST001', {
      ...ADMIN,
      body: PROFILE_EXAMPLE.attributes,
    });
    for (const [name, description] of [
      ['purchase_frequency_30d', 'Purchases in 30 days'],
      ['engagement_score', 'Engagement'],
    ]) {
      await call(api, 'PUT', `/api/v1/metrics/${name}`, { ...ADMIN, body: { description } });
    }
    await call(api, 'PUT', '/api/v1/customers/CUST001/metrics', {
      ...ADMIN,
      body: { values: PROFILE_EXAMPLE.metrics },
    });
    await call(api, 'PUT', '/api/v1/segments/high_value', {
      ...ADMIN,
      body: { name: 'High value', rule: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] } },
    });
    await call(api, 'PUT', '/api/v1/segments/active_buyer', {
      ...ADMIN,
      body: { name: 'Active buyer', rule: { all: [{ field: 'metrics.purchase_frequency_30d', op: 'gte', value: 3 }] } },
    });
    await ingest(api, customerHistory(1));

    const response = await call(api, 'GET', '/api/v1/customers/CUST001/unified-profile', { roles: ['viewer'] });
    expect(response.status).toBe(200);
    // The seed lists segments in its own order; the contract sorts them.
    expectShape(response.body, { ...PROFILE_EXAMPLE, segments: [...PROFILE_EXAMPLE.segments].sort() });
    expect(response.body.interactions.recentInteractions).toHaveLength(10);
    expect(Object.keys(response.body.attributes).sort()).toEqual(Object.keys(PROFILE_EXAMPLE.attributes).sort());
  });

  it('DELETE /customers/{id}', async () => {
    await catalog(api, 23);
    await ingest(api, customerHistory(23));
    for (let e = 1; e <= 5; e++) {
      await call(api, 'PUT', `/api/v1/experiments/exp_${e}`, {
        ...ADMIN,
        body: { name: `Experiment ${e}`, variants: ['control', 'treatment'] },
      });
      await call(api, 'PUT', `/api/v1/experiments/exp_${e}/assignments/CUST001`, {
        ...ADMIN,
        body: { variant: 'treatment' },
      });
    }
    const impressions = Array.from({ length: 67 }, (_, i) => ({
      customerId: 'CUST001',
      offerId: `offer_${String(1 + (i % 23)).padStart(3, '0')}`,
      timestamp: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
    }));
    expect((await call(api, 'POST', '/api/v1/impressions', { ...ADMIN, body: { impressions } })).status).toBe(200);

    const response = await call(api, 'DELETE', '/api/v1/customers/CUST001', ADMIN);
    expect(response.status).toBe(200);
    expectShape(response.body, ERASURE_EXAMPLE);

    // And every read agrees that the customer is gone.
    const viewer = { roles: ['viewer'] };
    expect((await call(api, 'GET', '/api/v1/customers/CUST001/unified-profile', viewer)).status).toBe(404);
    const history = await call(api, 'GET', '/api/v1/interaction-history?customerId=CUST001', viewer);
    expect(history.body).toMatchObject({ data: [], total: 0, hasMore: false });
    const summary = await call(api, 'GET', '/api/v1/interaction-summary?groupBy=customer&days=3650', viewer);
    expect(summary.body.summary).toEqual([]);
  });

  it('GET /interaction-history', async () => {
    await catalog(api, 8);
    await ingest(api, customerHistory(8));
    const response = await call(api, 'GET', '/api/v1/interaction-history?customerId=CUST001', { roles: ['viewer'] });
    expect(response.status).toBe(200);
    expectShape(response.body, HISTORY_EXAMPLE);
    expect(response.body.data).toHaveLength(20);
  });

  it('GET /interaction-summary?groupBy=action', async () => {
    await catalog(api, 2);
    const now = Date.now();
    const counts = { impression: 5200, click: 416, dismiss: 312, convert: 52 };
    const items: Item[] = TYPES(counts).map((type: string, i: number) => ({
      customerId: `C${i % 700}`,
      offerId: 'offer_001',
      creativeId: 'creative_001',
      interactionType: type,
      timestamp: new Date(now - 3_600_000 - i * 1_000).toISOString(),
    }));
    // Less activity on another offer, and old activity outside the 30-day window.
    items.push({
      customerId: 'C1',
      offerId: 'offer_002',
      interactionType: 'impression',
      timestamp: new Date(now - 7_200_000).toISOString(),
    });
    items.push({
      customerId: 'C1',
      offerId: 'offer_001',
      interactionType: 'click',
      timestamp: new Date(now - 40 * 86_400_000).toISOString(),
    });
    await ingest(api, items);

    const response = await call(api, 'GET', '/api/v1/interaction-summary?groupBy=action&days=30', {
      roles: ['viewer'],
    });
    expect(response.status).toBe(200);
    expectShape(response.body, ACTION_SUMMARY_EXAMPLE);
    expect(response.body.summary).toHaveLength(2);
  });

  it('GET /interaction-summary?groupBy=customer', async () => {
    await catalog(api, 8);
    const now = Date.now();
    const items: Item[] = TYPES({ impression: 80, click: 32, dismiss: 20, convert: 10 }).map(
      (type: string, i: number) => ({
        customerId: 'CUST001',
        offerId: `offer_${String(1 + (i % 8)).padStart(3, '0')}`,
        interactionType: type,
        timestamp: new Date(now - 3_600_000 - i * 60_000).toISOString(),
      }),
    );
    items.push({
      customerId: 'CUST002',
      offerId: 'offer_001',
      interactionType: 'impression',
      timestamp: new Date(now - 60_000).toISOString(),
    });
    await ingest(api, items);

    const response = await call(api, 'GET', '/api/v1/interaction-summary?groupBy=customer&days=30', {
      roles: ['viewer'],
    });
    expect(response.status).toBe(200);
    expectShape(response.body, CUSTOMER_SUMMARY_EXAMPLE);
  });
});
