import { readFile } from 'node:fs/promises';
import {
  createCustomerDataClient,
  isProblem,
  ProblemError,
  unwrap,
  type ActionSummaryRow,
  type CustomerDataClient,
  type InteractionHistoryItem,
  type InteractionItem,
  type InteractionType,
  type Middleware,
  type Problem,
} from '../../clients/typescript/src/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';
import { OpenApiSchemas } from './openapi-schemas.js';

/**
 * The generated TypeScript client (clients/typescript) against the real app: every
 * operation of openapi.json is called through it, and only through it. Every response is
 * checked against the document as it arrives: its status must be documented for the
 * operation, and its body must match the documented schema exactly (objects are closed,
 * so an undocumented field fails too). This file is type-checked by `npm run check`: a
 * wrong path, parameter or field name does not compile.
 */

interface DocumentedOperation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const TYPES: InteractionType[] = ['impression', 'click', 'dismiss', 'convert'];
const MINUTE = 60_000;

describe('generated TypeScript client', () => {
  let api: TestApp;
  let document: { paths: Record<string, Record<string, DocumentedOperation>> };
  let schemas: OpenApiSchemas;
  const called = new Set<string>();
  const violations: string[] = [];
  let admin: CustomerDataClient;
  let viewer: CustomerDataClient;
  let anonymous: CustomerDataClient;

  /** Checks each response against the document (see above) and records which operations ran. */
  const conformance: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      const operation = document.paths[schemaPath]?.[request.method.toLowerCase()];
      const where = `${request.method} ${schemaPath} → ${response.status}`;
      if (!operation) {
        violations.push(`${where}: not in openapi.json`);
        return;
      }
      called.add(operation.operationId);
      const documented = operation.responses[String(response.status)];
      if (!documented) {
        violations.push(`${where}: status not documented`);
        return;
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0];
      const media = documented.content?.[type];
      if (!documented.content) {
        if ((await response.clone().text()) !== '') violations.push(`${where}: a body where none is documented`);
        return;
      }
      if (!media) {
        violations.push(`${where}: content-type ${type}, documented ${Object.keys(documented.content).join(', ')}`);
        return;
      }
      const errors = schemas.errors(media.schema, await response.clone().json(), true);
      if (errors.length > 0) violations.push(`${where}: ${errors.join('; ')}`);
    },
  };

  function client(token?: string): CustomerDataClient {
    const created = createCustomerDataClient({ baseUrl: `${api.baseUrl}/`, ...(token ? { token } : {}) });
    created.use(conformance);
    return created;
  }

  beforeAll(async () => {
    document = JSON.parse(await readFile('openapi.json', 'utf8'));
    schemas = new OpenApiSchemas(document, { closed: true });
    api = await startTestApp();
    admin = client(tokenFor(['admin'], { subject: 'admin@example.com' }));
    viewer = client(tokenFor(['viewer']));
    anonymous = client();
  });
  afterAll(async () => {
    await api.close();
  });

  it('health and the caller', async () => {
    const health = await anonymous.GET('/health');
    expect(health.data?.status).toBe('ok');
    const me = await unwrap(viewer.GET('/api/v1/auth/me'));
    expect(me.roles).toEqual(['viewer']);
  });

  it('loads the catalog: PUT creates (201) then replaces (200); lists and reads', async () => {
    const first = await admin.PUT('/api/v1/channels/{id}', {
      params: { path: { id: 'ch_email' } },
      body: { name: 'Marketing Email' },
    });
    expect(first.response.status).toBe(201);
    const again = await admin.PUT('/api/v1/channels/{id}', {
      params: { path: { id: 'ch_email' } },
      body: { name: 'Marketing Email' },
    });
    expect(again.response.status).toBe(200);
    await unwrap(admin.PUT('/api/v1/channels/{id}', { params: { path: { id: 'ch_web' } }, body: { name: 'Website' } }));

    await unwrap(
      admin.PUT('/api/v1/offers/{id}', {
        params: { path: { id: 'offer_001' } },
        body: { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 },
      }),
    );
    await unwrap(
      admin.PUT('/api/v1/offers/{id}', {
        params: { path: { id: 'offer_002' } },
        body: { name: 'Savings Boost', issue: 'Savings', group: 'Standard', status: 'draft', priority: 40 },
      }),
    );
    for (const [id, offerId, channelId] of [
      ['creative_001', 'offer_001', 'ch_email'],
      ['creative_002', 'offer_002', 'ch_web'],
    ] as const) {
      await unwrap(
        admin.PUT('/api/v1/creatives/{id}', {
          params: { path: { id } },
          body: { name: `Creative ${id}`, offerId, channelId },
        }),
      );
    }

    const channels = await unwrap(viewer.GET('/api/v1/channels', { params: { query: { limit: 1 } } }));
    expect(channels.data.map((c) => c.id)).toEqual(['ch_email']);
    expect(channels.hasMore).toBe(true);
    const rest = await unwrap(
      viewer.GET('/api/v1/channels', { params: { query: { limit: 1, cursor: channels.nextCursor! } } }),
    );
    expect(rest).toMatchObject({ data: [{ id: 'ch_web', name: 'Website' }], hasMore: false, nextCursor: null });
    expect((await unwrap(viewer.GET('/api/v1/offers'))).data.map((o) => o.status)).toEqual(['active', 'draft']);
    const offer = await unwrap(viewer.GET('/api/v1/offers/{id}', { params: { path: { id: 'offer_001' } } }));
    expect(offer).toMatchObject({ name: 'Platinum Card', priority: 90 });
    const creatives = await unwrap(viewer.GET('/api/v1/creatives', { params: { query: { channelId: 'ch_web' } } }));
    expect(creatives.data).toEqual([expect.objectContaining({ id: 'creative_002', offerId: 'offer_002' })]);
  });

  it('errors come back typed as problem+json: 422 naming the field, 404, 401, 403, 400', async () => {
    const unknownOffer = await admin.PUT('/api/v1/creatives/{id}', {
      params: { path: { id: 'creative_x' } },
      body: { name: 'X', offerId: 'offer_404', channelId: 'ch_email' },
    });
    expect(unknownOffer.data).toBeUndefined();
    const problem: Problem | undefined = unknownOffer.error;
    expect(problem).toMatchObject({ status: 422, type: 'urn:customer-data-api:problem:unprocessable' });
    expect(problem?.errors?.map((e) => e.field)).toEqual(['offerId']);
    expect(unknownOffer.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const missing = await viewer.GET('/api/v1/offers/{id}', { params: { path: { id: 'offer_404' } } });
    expect(missing.error).toMatchObject({ status: 404, detail: 'offer offer_404 does not exist' });

    expect((await anonymous.GET('/api/v1/auth/me')).error?.status).toBe(401);
    const forbidden = await viewer.DELETE('/api/v1/customers/{id}', { params: { path: { id: 'CUST001' } } });
    expect(forbidden.error).toMatchObject({ status: 403, title: 'Forbidden' });

    const thrown = await unwrap(viewer.GET('/api/v1/interaction-history', { params: { query: { limit: 101 } } })).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).problem.errors).toEqual([
      { field: 'limit', message: 'limit must not be greater than 100' },
    ]);
    expect(isProblem((thrown as ProblemError).problem)).toBe(true);
  });

  it('loads profile data: a schema table and a record, metrics, an experiment, a segment', async () => {
    await unwrap(
      admin.PUT('/api/v1/schema-tables/{name}', {
        params: { path: { name: 'customers' } },
        body: {
          fields: [
            { name: 'email', type: 'string' },
            { name: 'tier', type: 'string' },
            { name: 'lifetime_value', type: 'number' },
            { name: 'tenure_months', type: 'number' },
          ],
        },
      }),
    );
    expect((await unwrap(viewer.GET('/api/v1/schema-tables'))).data[0]?.fields).toHaveLength(4);
    const record = { email: 'john@example.com', tier: 'gold', lifetime_value: 15200.5, tenure_months: 36 };
    await unwrap(
      admin.PUT('/api/v1/schema-tables/{name}/records/{customerId}', {
        params: { path: { name: 'customers', customerId: 'CUST001' } },
        body: record,
      }),
    );
    const stored = await unwrap(
      viewer.GET('/api/v1/schema-tables/{name}/records/{customerId}', {
        params: { path: { name: 'customers', customerId: 'CUST001' } },
      }),
    );
    expect(stored.data).toEqual(record);

    for (const name of ['purchase_frequency_30d', 'engagement_score']) {
      await unwrap(admin.PUT('/api/v1/metrics/{name}', { params: { path: { name } }, body: { description: name } }));
    }
    expect((await unwrap(viewer.GET('/api/v1/metrics'))).data).toHaveLength(2);
    const values = { purchase_frequency_30d: 4, engagement_score: 78.5 };
    await unwrap(
      admin.PUT('/api/v1/customers/{id}/metrics', { params: { path: { id: 'CUST001' } }, body: { values } }),
    );
    const metrics = await unwrap(viewer.GET('/api/v1/customers/{id}/metrics', { params: { path: { id: 'CUST001' } } }));
    expect(metrics.values).toEqual(values);

    await unwrap(
      admin.PUT('/api/v1/experiments/{id}', {
        params: { path: { id: 'exp_hero_2026' } },
        body: { name: 'Homepage hero test', variants: ['control', 'treatment'] },
      }),
    );
    await unwrap(
      admin.PUT('/api/v1/experiments/{id}/assignments/{customerId}', {
        params: { path: { id: 'exp_hero_2026', customerId: 'CUST001' } },
        body: { variant: 'treatment' },
      }),
    );
    expect((await unwrap(viewer.GET('/api/v1/experiments'))).data[0]?.variants).toEqual(['control', 'treatment']);

    await unwrap(
      admin.PUT('/api/v1/segments/{id}', {
        params: { path: { id: 'high_value' } },
        body: { name: 'High value', rule: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] } },
      }),
    );
    expect((await unwrap(viewer.GET('/api/v1/segments'))).data.map((s) => s.id)).toEqual(['high_value']);
  });

  /** 25 interactions of CUST001 a minute apart (newest ih_0), cycling types and offers; 3 of CUST002 without a creative. */
  const now = Date.now();
  const cust001: InteractionItem[] = Array.from({ length: 25 }, (_, i) => ({
    id: `ih_${String(i).padStart(3, '0')}`,
    customerId: 'CUST001',
    offerId: i % 3 === 0 ? 'offer_002' : 'offer_001',
    creativeId: i % 3 === 0 ? 'creative_002' : 'creative_001',
    interactionType: TYPES[i % 4],
    timestamp: new Date(now - (i + 1) * MINUTE).toISOString(),
  }));
  const cust002: InteractionItem[] = TYPES.slice(0, 3).map((interactionType, i) => ({
    id: `ih_b${i}`,
    customerId: 'CUST002',
    offerId: 'offer_001',
    interactionType,
    timestamp: new Date(now - (30 + i) * MINUTE).toISOString(),
  }));

  it('ingests interactions (a retry counts as duplicates) and impressions', async () => {
    const first = await unwrap(
      admin.POST('/api/v1/interactions', { body: { interactions: [...cust001, ...cust002] } }),
    );
    expect(first).toEqual({ accepted: 28, duplicates: 0, suppressed: 0 });
    const retry = await unwrap(admin.POST('/api/v1/interactions', { body: { interactions: cust001.slice(0, 5) } }));
    expect(retry).toEqual({ accepted: 0, duplicates: 5, suppressed: 0 });
    const impressions = await unwrap(
      admin.POST('/api/v1/impressions', {
        body: {
          impressions: [
            { customerId: 'CUST001', offerId: 'offer_001', creativeId: 'creative_001', placement: 'homepage_hero' },
            { customerId: 'CUST003', offerId: 'offer_002' },
          ],
        },
      }),
    );
    expect(impressions.accepted).toBe(2);
  });

  it('unified profile: every section, and a chosen subset sent as one comma-separated parameter', async () => {
    const profile = await unwrap(
      viewer.GET('/api/v1/customers/{id}/unified-profile', { params: { path: { id: 'CUST001' } } }),
    );
    expect(profile).toEqual({
      customerId: 'CUST001',
      attributes: { email: 'john@example.com', tier: 'gold', lifetime_value: 15200.5, tenure_months: 36 },
      interactions: {
        totalCount: 25,
        recentInteractions: cust001.slice(0, 10).map(({ offerId, creativeId, interactionType, timestamp }) => ({
          offerId,
          creativeId,
          interactionType,
          timestamp,
        })),
      },
      metrics: { purchase_frequency_30d: 4, engagement_score: 78.5 },
      segments: ['high_value'],
      experiments: [{ experimentId: 'exp_hero_2026', variant: 'treatment', assignedAt: expect.any(String) }],
    });

    const some = await viewer.GET('/api/v1/customers/{id}/unified-profile', {
      params: { path: { id: 'CUST001' }, query: { sections: ['metrics', 'segments'] } },
    });
    expect(new URL(some.response.url).search).toBe('?sections=metrics,segments');
    expect(some.data).toEqual({ customerId: 'CUST001', metrics: profile.metrics, segments: ['high_value'] });
  });

  it('interaction history: walking nextCursor returns every matching row once, newest first', async () => {
    const seen: InteractionHistoryItem[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await unwrap(
        viewer.GET('/api/v1/interaction-history', {
          params: { query: { customerId: 'CUST001', limit: 7, ...(cursor ? { cursor } : {}) } },
        }),
      );
      expect(page.total).toBe(25);
      seen.push(...page.data);
      cursor = page.nextCursor ?? undefined;
      expect(page.hasMore).toBe(cursor !== undefined);
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen.map((row) => row.id)).toEqual(cust001.map((item) => item.id));
    expect(seen[0]).toEqual({
      id: 'ih_000',
      customerId: 'CUST001',
      offerId: 'offer_002',
      creativeId: 'creative_002',
      interactionType: 'impression',
      timestamp: cust001[0].timestamp,
      offer: { id: 'offer_002', name: 'Savings Boost' },
      creative: { id: 'creative_002', name: 'Creative creative_002', channel: { id: 'ch_web', name: 'Website' } },
    });

    const clicks = await unwrap(
      viewer.GET('/api/v1/interaction-history', { params: { query: { actionId: 'offer_001', type: 'click' } } }),
    );
    const expected = [...cust001, ...cust002].filter((i) => i.offerId === 'offer_001' && i.interactionType === 'click');
    expect(clicks.total).toBe(expected.length);
    expect(clicks.data.every((row) => row.offerId === 'offer_001' && row.interactionType === 'click')).toBe(true);
    const noCreative = clicks.data.find((row) => row.customerId === 'CUST002');
    expect(noCreative).toMatchObject({ creativeId: null, creative: null });
  });

  /** The counts of a summary row, computed from what was ingested. */
  function tally(items: InteractionItem[]) {
    const by = (type: InteractionType) => items.filter((i) => i.interactionType === type).length;
    return {
      impression: by('impression'),
      click: by('click'),
      dismiss: by('dismiss'),
      convert: by('convert'),
      total: items.length,
    };
  }

  /** The counts and the rates (percent, 2 decimals) of an action, treatment or channel row. */
  function counts(items: InteractionItem[]) {
    const row = tally(items);
    const rate = (n: number) => (row.impression === 0 ? 0 : Math.round((n / row.impression) * 10_000) / 100);
    return { ...row, ctr: rate(row.click), cvr: rate(row.convert) };
  }

  it('interaction summary for each groupBy, live and after a refresh', async () => {
    const all = [...cust001, ...cust002];
    const withCreative = all.filter((i) => i.creativeId !== undefined);
    const summary = (groupBy: 'action' | 'treatment' | 'channel' | 'customer') =>
      unwrap(viewer.GET('/api/v1/interaction-summary', { params: { query: { groupBy, days: 7 } } }));

    const byAction = await summary('action');
    if (byAction.groupBy !== 'action') throw new Error('expected action rows');
    const offer001: ActionSummaryRow | undefined = byAction.summary.find((row) => row.id === 'offer_001');
    expect(offer001).toEqual({
      id: 'offer_001',
      name: 'Platinum Card',
      issue: 'Credit Cards',
      group: 'Premium',
      status: 'active',
      priority: 90,
      ...counts(all.filter((i) => i.offerId === 'offer_001')),
    });
    expect(byAction).toMatchObject({ days: 7, hasMore: false, source: 'live', refreshedAt: null });

    const byTreatment = await summary('treatment');
    if (byTreatment.groupBy !== 'treatment') throw new Error('expected treatment rows');
    expect(byTreatment.summary.find((row) => row.id === 'creative_001')).toEqual({
      id: 'creative_001',
      name: 'Creative creative_001',
      offerId: 'offer_001',
      channel: { id: 'ch_email', name: 'Marketing Email' },
      ...counts(withCreative.filter((i) => i.creativeId === 'creative_001')),
    });

    const refreshed = await unwrap(admin.POST('/api/v1/interaction-summary/refresh'));
    expect(refreshed.rowsProcessed).toBe(28);

    const byChannel = await summary('channel');
    if (byChannel.groupBy !== 'channel') throw new Error('expected channel rows');
    expect(byChannel.summary).toEqual([
      {
        id: 'ch_email',
        name: 'Marketing Email',
        ...counts(withCreative.filter((i) => i.creativeId === 'creative_001')),
      },
      { id: 'ch_web', name: 'Website', ...counts(withCreative.filter((i) => i.creativeId === 'creative_002')) },
    ]);
    expect(['materialized', 'mixed']).toContain(byChannel.source);
    expect(byChannel.refreshedAt).toBe(refreshed.refreshedAt);

    const byCustomer = await summary('customer');
    if (byCustomer.groupBy !== 'customer') throw new Error('expected customer rows');
    expect(byCustomer.summary).toEqual([
      { customerId: 'CUST001', ...tally(cust001), uniqueActions: 2 },
      { customerId: 'CUST002', ...tally(cust002), uniqueActions: 1 },
    ]);
  });

  it('erasure with suppression, its receipt, and lifting the suppression', async () => {
    const erased = await unwrap(
      admin.DELETE('/api/v1/customers/{id}', { params: { path: { id: 'CUST001' }, query: { suppress: true } } }),
    );
    expect(erased).toEqual({
      success: true,
      deleted: {
        interactionHistory: 25,
        interactionSummary: 2,
        experimentAssignments: 1,
        impressions: 1,
        attributes: 1,
        metricValues: 2,
      },
    });
    const gone = await viewer.GET('/api/v1/customers/{id}/unified-profile', { params: { path: { id: 'CUST001' } } });
    expect(gone.error).toMatchObject({ status: 404, instance: '/api/v1/customers/CUST001/unified-profile' });

    const skipped = await unwrap(admin.POST('/api/v1/interactions', { body: { interactions: [cust001[0]] } }));
    expect(skipped).toEqual({ accepted: 0, duplicates: 0, suppressed: 1 });

    const receipts = await unwrap(
      admin.GET('/api/v1/privacy/erasures', { params: { query: { customerId: 'CUST001' } } }),
    );
    expect(receipts.data).toEqual([
      expect.objectContaining({ suppressed: true, requestedBy: 'admin@example.com', counts: erased.deleted }),
    ]);

    const lifted = await admin.DELETE('/api/v1/privacy/suppressions/{customerId}', {
      params: { path: { customerId: 'CUST001' } },
    });
    expect(lifted.response.status).toBe(204);
    const back = await unwrap(admin.POST('/api/v1/interactions', { body: { interactions: [cust001[0]] } }));
    expect(back.accepted).toBe(1);
  });

  it('called every operation of openapi.json, and every response matched the document', () => {
    const all = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect([...called].sort()).toEqual(all.sort());
    expect(violations).toEqual([]);
  });
});

/** Never run: each line is a mistake the compiler must catch (`npm run check` fails otherwise). */
export function compileTimeChecks(api: CustomerDataClient): void {
  // @ts-expect-error: the path parameter is `id`
  void api.GET('/api/v1/customers/{id}/unified-profile', { params: { path: { customerId: 'CUST001' } } });
  // @ts-expect-error: not a profile section
  void api.GET('/api/v1/customers/{id}/unified-profile', { params: { path: { id: 'C' }, query: { sections: ['x'] } } });
  // @ts-expect-error: not a groupBy
  void api.GET('/api/v1/interaction-summary', { params: { query: { groupBy: 'offer' } } });
  // @ts-expect-error: interactionType is required
  void api.POST('/api/v1/interactions', { body: { interactions: [{ customerId: 'C', offerId: 'o' }] } });
  // @ts-expect-error: no such path
  void api.GET('/api/v1/customer/{id}');
  void unwrap(api.GET('/api/v1/interaction-history')).then((page) => {
    // @ts-expect-error: the field is `interactionType`
    return page.data[0]?.type;
  });
}
