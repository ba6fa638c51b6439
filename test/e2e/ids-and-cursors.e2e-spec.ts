import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Real-world ids (CONTRACT.md, "Domain": letters, digits and `_ - . : @ + | = ~`) on every
 * kind of id, through paths, query filters, bodies and cursors; everything else still a 400.
 * And the cursors of every list: signed, so a forged, altered, NUL-bearing or borrowed one
 * is a 400 naming `cursor`, never a 500.
 */

const CUSTOMER = 'ana+promo@example.com';
const CUSTOMER_2 = 'auth0|5f7c8ec7c33c6c004bbafe82';
const CUSTOMER_3 = 'dGVzdC1pZA==~x:y';
const CHANNEL = 'ch:mail|eu=1~a@b+c';
const OFFER = 'offer:card+gold|v=2~x@y';
const CREATIVE = 'cr+hero|v=1~:@=';
const EXPERIMENT = 'exp|hero=2026~a+b:c@d';
const SEGMENT = 'seg~vip|gold=1+a:b@c';
const INTERACTION = 'ih+1|a=b~c:d@e';

/** What a careful client sends: every reserved character percent-encoded. */
const enc = encodeURIComponent;

const OFFER_BODY = { name: 'Gold Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 50 };
const ids = (response: JsonResponse) => idsOf(response.body);
const idsOf = (page: { data: { id: string }[] }) => page.data.map((row) => row.id);

describe('ids with + | = ~ @ : and signed list cursors', () => {
  let api: TestApp;
  const as = (roles: string[]) => ({
    get: (path: string) => call(api, 'GET', `/api/v1${path}`, { roles }),
    put: (path: string, body: unknown) => call(api, 'PUT', `/api/v1${path}`, { roles, body }),
    post: (path: string, body: unknown) => call(api, 'POST', `/api/v1${path}`, { roles, body }),
    delete: (path: string) => call(api, 'DELETE', `/api/v1${path}`, { roles }),
  });
  const admin = as(['admin']);

  const ok = (response: JsonResponse, status = 200) => {
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    return response.body;
  };

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  describe('every kind of id, through paths, filters and bodies, and back', () => {
    it('stores and finds them, percent-encoded as clients send them and as fetch sends them raw', async () => {
      expect(ok(await admin.put(`/channels/${enc(CHANNEL)}`, { name: 'Email EU' }), 201).id).toBe(CHANNEL);
      // fetch leaves `| + = ~ @ :` as they are in a path; `+` in a path is a plus, not a space.
      expect(ok(await admin.put(`/offers/${OFFER}`, OFFER_BODY), 201).id).toBe(OFFER);
      expect(ok(await admin.get(`/offers/${enc(OFFER)}`)).id).toBe(OFFER);
      expect(ok(await admin.get(`/offers/${OFFER.replace('|', '%7C')}`)).id).toBe(OFFER);
      const creative = ok(
        await admin.put(`/creatives/${enc(CREATIVE)}`, { name: 'Hero', offerId: OFFER, channelId: CHANNEL }),
        201,
      );
      expect(creative).toMatchObject({ id: CREATIVE, offerId: OFFER, channelId: CHANNEL });
      expect(ids(await admin.get(`/creatives?offerId=${enc(OFFER)}&channelId=${enc(CHANNEL)}`))).toEqual([CREATIVE]);

      ok(await admin.put('/schema-tables/customers', { fields: [{ name: 'tier', type: 'string' }] }), 201);
      ok(await admin.put('/metrics/engagement_score', { description: 'Engagement.' }), 201);
      ok(await admin.put(`/experiments/${enc(EXPERIMENT)}`, { name: 'Hero', variants: ['control', 'treatment'] }), 201);
      const rule = { all: [{ field: 'attributes.tier', op: 'eq', value: 'gold' }] };
      expect(ok(await admin.put(`/segments/${enc(SEGMENT)}`, { name: 'VIP', rule }), 201).id).toBe(SEGMENT);

      for (const customer of [CUSTOMER, CUSTOMER_2, CUSTOMER_3]) {
        const record = await admin.put(`/schema-tables/customers/records/${enc(customer)}`, { tier: 'gold' });
        expect(ok(record, 201)).toMatchObject({ customerId: customer });
        expect(ok(await admin.get(`/schema-tables/customers/records/${customer}`))).toMatchObject({
          customerId: customer,
          data: { tier: 'gold' },
        });
        ok(await admin.put(`/customers/${enc(customer)}/metrics`, { values: { engagement_score: 0.5 } }));
        expect(ok(await admin.get(`/customers/${customer}/metrics`))).toMatchObject({ customerId: customer });
        const assignment = await admin.put(`/experiments/${enc(EXPERIMENT)}/assignments/${enc(customer)}`, {
          variant: 'treatment',
        });
        expect(ok(assignment, 201)).toMatchObject({ experimentId: EXPERIMENT, customerId: customer });
      }

      const ingest = await admin.post('/interactions', {
        interactions: [
          { id: INTERACTION, customerId: CUSTOMER, offerId: OFFER, creativeId: CREATIVE, interactionType: 'click' },
          { id: 'ih=2', customerId: CUSTOMER, offerId: OFFER, interactionType: 'impression' },
          { id: INTERACTION, customerId: CUSTOMER_2, offerId: OFFER, creativeId: CREATIVE, interactionType: 'convert' },
        ],
      });
      expect(ok(ingest)).toMatchObject({ accepted: 3, duplicates: 0 });
      const impressions = await admin.post('/impressions', {
        impressions: [{ id: 'imp|1', customerId: CUSTOMER, offerId: OFFER, creativeId: CREATIVE }],
      });
      expect(ok(impressions)).toMatchObject({ accepted: 1 });

      const profile = ok(await admin.get(`/customers/${enc(CUSTOMER)}/unified-profile`));
      expect(profile).toMatchObject({
        customerId: CUSTOMER,
        attributes: { tier: 'gold' },
        interactions: { totalCount: 2 },
        metrics: { engagement_score: 0.5 },
        segments: [SEGMENT],
        experiments: [{ experimentId: EXPERIMENT, variant: 'treatment' }],
      });
      expect(profile.interactions.recentInteractions).toEqual(
        expect.arrayContaining([expect.objectContaining({ offerId: OFFER, creativeId: CREATIVE })]),
      );
      // The raw form reaches the same customer.
      expect(ok(await admin.get(`/customers/${CUSTOMER_2}/unified-profile?sections=segments`))).toEqual({
        customerId: CUSTOMER_2,
        segments: [SEGMENT],
      });
    });

    it('filters the history by them, under every alias, and walks its cursors (which carry them)', async () => {
      for (const query of [
        `customerId=${enc(CUSTOMER)}`,
        `customerId=${enc(CUSTOMER)}&offerId=${enc(OFFER)}`,
        `customerId=${enc(CUSTOMER)}&actionId=${enc(OFFER)}&treatmentId=${enc(CREATIVE)}`,
        `creativeId=${enc(CREATIVE)}`,
        `offerId=${enc(OFFER)}`,
      ]) {
        const all = ok(await admin.get(`/interaction-history?${query}`));
        expect(all.total).toBe(all.data.length);
        expect(all.data.length).toBeGreaterThan(0);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: any = ok(
            await admin.get(`/interaction-history?${query}&limit=1${cursor ? `&cursor=${enc(cursor)}` : ''}`),
          );
          seen.push(...page.data.map((row: { id: string; customerId: string }) => `${row.customerId} ${row.id}`));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.data.map((row: { id: string; customerId: string }) => `${row.customerId} ${row.id}`));
      }
      const rows = ok(await admin.get(`/interaction-history?customerId=${enc(CUSTOMER_2)}`)).data;
      expect(rows).toEqual([
        expect.objectContaining({
          id: INTERACTION,
          customerId: CUSTOMER_2,
          offerId: OFFER,
          creativeId: CREATIVE,
          offer: expect.objectContaining({ id: OFFER }),
          creative: expect.objectContaining({ id: CREATIVE, channel: expect.objectContaining({ id: CHANNEL }) }),
        }),
      ]);
    });

    it('reads `+` in a query string as a space, as forms do: a client percent-encodes it', async () => {
      expectProblem(await admin.get(`/interaction-history?customerId=${CUSTOMER}`), 400, ['customerId']);
      expect(ok(await admin.get(`/interaction-history?customerId=${CUSTOMER.replace('+', '%2B')}`)).total).toBe(2);
    });

    it('summarizes them under every groupBy', async () => {
      const summary = async (groupBy: string) =>
        (ok(await admin.get(`/interaction-summary?groupBy=${groupBy}`)).summary as Record<string, unknown>[]).map(
          (row) => row.id ?? row.customerId,
        );
      expect(await summary('action')).toEqual([OFFER]);
      expect(await summary('treatment')).toEqual([CREATIVE]);
      expect(await summary('channel')).toEqual([CHANNEL]);
      expect(await summary('customer')).toEqual([CUSTOMER, CUSTOMER_2]);
      ok(await admin.post('/interaction-summary/refresh', undefined));
      expect(await summary('customer')).toEqual([CUSTOMER, CUSTOMER_2]);
    });

    it('erases, suppresses, lists receipts and lifts the suppression by them', async () => {
      const erased = ok(await admin.delete(`/customers/${enc(CUSTOMER)}?suppress=true`));
      expect(erased.deleted).toMatchObject({ interactionHistory: 2, impressions: 1, attributes: 1, metricValues: 1 });
      expect(ok(await admin.get(`/privacy/erasures?customerId=${enc(CUSTOMER)}`)).data).toHaveLength(1);
      expectProblem(await admin.get(`/customers/${enc(CUSTOMER)}/unified-profile`), 404);
      const skipped = await admin.post('/interactions', {
        interactions: [{ customerId: CUSTOMER, offerId: OFFER, interactionType: 'click' }],
      });
      expect(ok(skipped)).toMatchObject({ accepted: 0, suppressed: 1 });
      expect((await admin.delete(`/privacy/suppressions/${CUSTOMER}`)).status).toBe(204);
      expect(ok(await admin.delete(`/customers/${CUSTOMER_2}`)).deleted).toMatchObject({ interactionHistory: 1 });
      expect(ok(await admin.delete(`/customers/${CUSTOMER_3}`)).deleted).toMatchObject({
        attributes: 1,
        metricValues: 1,
      });
      expect(ok(await admin.get(`/privacy/erasures?customerId=${enc(CUSTOMER_3)}`)).data).toHaveLength(1);
      expect(ok(await admin.get('/interaction-summary?groupBy=customer')).summary).toEqual([]);
    });

    it('walks a list of such ids exactly once, in the list order', async () => {
      const made = ['k', 'k+1', 'k|1', 'k=1', 'k~1', 'k@1', 'k:1', 'k.1', 'k-1', 'k_1', 'K', 'k0'];
      for (const id of made) ok(await admin.put(`/channels/${enc(id)}`, { name: id }), 201);
      const all = ids(await admin.get('/channels'));
      expect(all).toEqual(expect.arrayContaining(made));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = ok(await admin.get(`/channels?limit=2${cursor ? `&cursor=${enc(cursor)}` : ''}`));
        seen.push(...idsOf(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });
  });

  describe('everything else is still a 400, and nothing is stored', () => {
    const REFUSED: [string, string][] = [
      ['a space', 'a b'],
      ['a slash', 'a/b'],
      ['a percent sign', 'a%b'],
      ['a hash', 'a#b'],
      ['a question mark', 'a?b'],
      ['a double quote', 'a"b'],
      ['a single quote', "a'b"],
      ['<', 'a<b'],
      ['>', 'a>b'],
      ['a backslash', 'a\\b'],
      ['a comma', 'a,b'],
      ['a semicolon', 'a;b'],
      ['an ampersand', 'a&b'],
      ['a star', 'a*b'],
      ['an exclamation mark', 'a!b'],
      ['a dollar', 'a$b'],
      ['brackets', 'a[b]'],
      ['braces', 'a{b}'],
      ['a caret', 'a^b'],
      ['a backtick', 'a`b'],
      ['parentheses', 'a(b)'],
      ['NUL', 'a\u0000b'],
      ['a tab', 'a\tb'],
      ['a non-ASCII letter', 'aéb'],
      ['an emoji', 'a😀b'],
      ['a no-break space', 'a\u00a0b'],
      ['129 characters', 'x'.repeat(129)],
    ];

    it.each(REFUSED)('refuses an id with %s in a path, a query filter and a body', async (_case, id) => {
      expectProblem(await admin.put(`/channels/${enc(id)}`, { name: 'x' }), 400, ['id']);
      expectProblem(await admin.get(`/customers/${enc(id)}/unified-profile`), 400, ['id']);
      expectProblem(await admin.get(`/interaction-history?customerId=${enc(id)}`), 400, ['customerId']);
      expectProblem(await admin.get(`/creatives?offerId=${enc(id)}`), 400, ['offerId']);
      const ingest = await admin.post('/interactions', {
        interactions: [{ id, customerId: id, offerId: OFFER, interactionType: 'click' }],
      });
      expectProblem(ingest, 400, ['interactions.0.id', 'interactions.0.customerId']);
      expect(ids(await admin.get('/channels?limit=1000'))).not.toContain(id);
    });
  });

  it('keeps names that are not ids to their own rules: metrics, schema tables and fields', async () => {
    expectProblem(await admin.put(`/metrics/${enc('m|1')}`, { description: 'x' }), 400, ['name']);
    expectProblem(await admin.put(`/schema-tables/${enc('t+1')}`, { fields: [{ name: 'x', type: 'string' }] }), 400, [
      'name',
    ]);
    const field = await admin.put('/schema-tables/t_fields', { fields: [{ name: 'a=b', type: 'string' }] });
    expectProblem(field, 400, ['fields.0.name']);
  });

  describe('list cursors', () => {
    /** base64url of {"after":"a\u0000b"}: the unsigned cursor format lists used to take. */
    const NUL_CURSOR = 'eyJhZnRlciI6ImFcdTAwMDBiIn0';
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    /** Each list, with what it takes to have two rows in it. */
    const LISTS: Record<string, { path: string; key: string; seed: () => Promise<void> }> = {
      channels: {
        path: '/channels',
        key: 'id',
        seed: async () => {
          for (const id of ['c_a', 'c_b']) ok(await admin.put(`/channels/${id}`, { name: id }), 201);
        },
      },
      offers: {
        path: '/offers',
        key: 'id',
        seed: async () => {
          for (const id of ['o_a', 'o_b']) ok(await admin.put(`/offers/${id}`, OFFER_BODY), 201);
        },
      },
      creatives: {
        path: '/creatives',
        key: 'id',
        seed: async () => {
          for (const id of ['cr_a', 'cr_b']) {
            ok(await admin.put(`/creatives/${id}`, { name: id, offerId: 'o_a', channelId: 'c_a' }), 201);
          }
        },
      },
      metrics: {
        path: '/metrics',
        key: 'name',
        seed: async () => {
          for (const id of ['m_a', 'm_b']) ok(await admin.put(`/metrics/${id}`, { description: id }), 201);
        },
      },
      experiments: {
        path: '/experiments',
        key: 'id',
        seed: async () => {
          for (const id of ['e_a', 'e_b'])
            ok(await admin.put(`/experiments/${id}`, { name: id, variants: ['a'] }), 201);
        },
      },
      segments: {
        path: '/segments',
        key: 'id',
        seed: async () => {
          const rule = { all: [{ field: 'attributes.tier', op: 'exists' }] };
          for (const id of ['s_a', 's_b']) ok(await admin.put(`/segments/${id}`, { name: id, rule }), 201);
        },
      },
      'schema tables': {
        path: '/schema-tables',
        key: 'name',
        seed: async () => {
          for (const name of ['t_a', 't_b']) {
            ok(await admin.put(`/schema-tables/${name}`, { fields: [{ name: 'x', type: 'string' }] }), 201);
          }
        },
      },
      'erasure receipts': {
        path: '/privacy/erasures',
        key: 'id',
        seed: async () => {
          for (const id of ['r_a', 'r_b']) ok(await admin.delete(`/customers/${id}`));
        },
      },
      'interaction history': {
        path: '/interaction-history',
        key: 'id',
        seed: async () => {
          const interactions = ['h_a', 'h_b'].map((id) => ({
            id,
            customerId: 'CUST_H',
            offerId: 'o_a',
            interactionType: 'click',
          }));
          ok(await admin.post('/interactions', { interactions }));
        },
      },
    };

    beforeAll(async () => {
      for (const list of Object.values(LISTS)) await list.seed();
    });

    const page = (path: string, query: string) => admin.get(`${path}?${query}`);
    const nextCursorOf = async (path: string, query = 'limit=1'): Promise<string> => {
      const cursor = ok(await page(path, query)).nextCursor as string;
      expect(cursor).toEqual(expect.any(String));
      return cursor;
    };

    describe.each(Object.entries(LISTS))('%s', (_name, { path, key }) => {
      it('takes back its own nextCursor', async () => {
        const first = ok(await page(path, 'limit=1'));
        const second = ok(await page(path, `limit=1&cursor=${enc(first.nextCursor)}`));
        expect(second.data[0][key]).not.toBe(first.data[0][key]);
      });

      it.each([
        ['a cursor holding NUL', NUL_CURSOR],
        ['an unsigned cursor of the old format', b64({ after: 'c_a' })],
        ['a signed-looking cursor holding NUL', `${b64({ p: 'a\u0000b', f: 'x' })}.${'A'.repeat(43)}`],
        ['a cursor that is not base64url', '%%%'],
        ['an empty cursor', ''],
        ['a cursor of 513 characters', 'a'.repeat(513)],
      ])('refuses %s: 400 naming cursor', async (_case, cursor) => {
        expectProblem(await page(path, `limit=1&cursor=${cursor.includes('%') ? cursor : enc(cursor)}`), 400, [
          'cursor',
        ]);
      });

      it('refuses its own cursor altered, or without its signature: 400 naming cursor', async () => {
        const cursor = await nextCursorOf(path);
        const [body, signature] = cursor.split('.');
        const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
        const forged = b64({ ...payload, p: typeof payload.p === 'string' ? 'a\u0000b' : { ...payload.p, id: 'x' } });
        for (const bad of [
          `${forged}.${signature}`,
          body,
          `${body}.`,
          `${body}.${signature}x`,
          `${body}A.${signature}`,
        ]) {
          expectProblem(await page(path, `limit=1&cursor=${enc(bad)}`), 400, ['cursor']);
        }
      });

      it('refuses a cursor made by another list: 400 naming cursor', async () => {
        const other = path === '/channels' ? '/offers' : '/channels';
        const borrowed = await nextCursorOf(other);
        expectProblem(await page(path, `limit=1&cursor=${enc(borrowed)}`), 400, ['cursor']);
      });
    });

    it('binds a creatives cursor to its offer and channel filters', async () => {
      const cursor = await nextCursorOf('/creatives', 'limit=1&offerId=o_a');
      expect(ok(await page('/creatives', `limit=1&offerId=o_a&cursor=${enc(cursor)}`)).data).toHaveLength(1);
      for (const filters of ['', '&offerId=o_b', '&offerId=o_a&channelId=c_a', '&channelId=c_a']) {
        expectProblem(await page('/creatives', `limit=1${filters}&cursor=${enc(cursor)}`), 400, ['cursor']);
      }
    });
  });
});
