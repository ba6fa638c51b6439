import { call, expectProblem } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OFFER = { name: 'Platinum Card', issue: 'Credit Cards', group: 'Premium', status: 'active', priority: 90 };

describe('catalog: channels, offers, creatives', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  describe('PUT /channels/{id}', () => {
    it('creates (201), then replaces (200) idempotently', async () => {
      const created = await call(api, 'PUT', '/api/v1/channels/ch_001', { roles: ['editor'], body: { name: 'Email' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: 'ch_001', name: 'Email' });
      expect(created.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      const replaced = await call(api, 'PUT', '/api/v1/channels/ch_001', {
        roles: ['admin'],
        body: { name: 'Marketing Email' },
      });
      expect(replaced.status).toBe(200);
      const again = await call(api, 'PUT', '/api/v1/channels/ch_001', {
        roles: ['admin'],
        body: { name: 'Marketing Email' },
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: 'ch_001', name: 'Marketing Email', createdAt: created.body.createdAt });
    });

    it.each([
      ['a bad id', '/api/v1/channels/bad%20id', { name: 'x' }, ['id']],
      ['a 129-character id', `/api/v1/channels/${'a'.repeat(129)}`, { name: 'x' }, ['id']],
      ['a missing name', '/api/v1/channels/ch_x', {}, ['name']],
      ['an empty name', '/api/v1/channels/ch_x', { name: '' }, ['name']],
      ['a non-string name', '/api/v1/channels/ch_x', { name: 42 }, ['name']],
      ['an unknown field', '/api/v1/channels/ch_x', { name: 'x', colour: 'red' }, ['colour']],
    ])('rejects %s with 400 naming the field, and stores nothing', async (_case, path, body, fields) => {
      expectProblem(await call(api, 'PUT', path, { roles: ['admin'], body }), 400, fields);
      const list = await call(api, 'GET', '/api/v1/channels', { roles: ['viewer'] });
      expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain('ch_x');
    });

    it('rejects malformed JSON and non-JSON bodies', async () => {
      const malformed = await call(api, 'PUT', '/api/v1/channels/ch_x', {
        roles: ['admin'],
        rawBody: '{"name":',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(malformed, 400);
      const text = await call(api, 'PUT', '/api/v1/channels/ch_x', {
        roles: ['admin'],
        rawBody: 'name=x',
        headers: { 'content-type': 'text/plain' },
      });
      expectProblem(text, 415);
    });

    it('refuses viewers (403) and anonymous callers (401)', async () => {
      expectProblem(await call(api, 'PUT', '/api/v1/channels/ch_v', { roles: ['viewer'], body: { name: 'x' } }), 403);
      expectProblem(await call(api, 'PUT', '/api/v1/channels/ch_v', { body: { name: 'x' } }), 401);
    });
  });

  describe('PUT /offers/{id}', () => {
    it('creates and reads back an offer', async () => {
      const put = await call(api, 'PUT', '/api/v1/offers/offer_001', { roles: ['editor'], body: OFFER });
      expect(put.status).toBe(201);
      expect(put.body).toMatchObject({ id: 'offer_001', ...OFFER });
      const get = await call(api, 'GET', '/api/v1/offers/offer_001', { roles: ['viewer'] });
      expect(get.status).toBe(200);
      expect(get.body).toEqual(put.body);
    });

    it.each([
      ['priority above 100', { ...OFFER, priority: 101 }, ['priority']],
      ['priority below 0', { ...OFFER, priority: -1 }, ['priority']],
      ['a fractional priority', { ...OFFER, priority: 1.5 }, ['priority']],
      ['an unknown status', { ...OFFER, status: 'paused' }, ['status']],
      ['a missing issue and group', { name: 'x', status: 'active', priority: 1 }, ['issue', 'group']],
    ])('rejects %s with 400', async (_case, body, fields) => {
      expectProblem(await call(api, 'PUT', '/api/v1/offers/offer_bad', { roles: ['admin'], body }), 400, fields);
      expectProblem(await call(api, 'GET', '/api/v1/offers/offer_bad', { roles: ['viewer'] }), 404);
    });

    it('GET of an unknown offer is 404 problem+json', async () => {
      expectProblem(await call(api, 'GET', '/api/v1/offers/nope', { roles: ['viewer'] }), 404);
    });
  });

  describe('PUT /creatives/{id}', () => {
    beforeAll(async () => {
      await call(api, 'PUT', '/api/v1/channels/ch_cr', { roles: ['admin'], body: { name: 'Web' } });
      await call(api, 'PUT', '/api/v1/offers/offer_cr', { roles: ['admin'], body: OFFER });
    });

    it('creates a creative of an existing offer and channel', async () => {
      const body = { name: 'Email Hero', offerId: 'offer_cr', channelId: 'ch_cr' };
      const put = await call(api, 'PUT', '/api/v1/creatives/creative_001', { roles: ['editor'], body });
      expect(put.status).toBe(201);
      expect(put.body).toMatchObject({ id: 'creative_001', ...body });
      const replay = await call(api, 'PUT', '/api/v1/creatives/creative_001', { roles: ['editor'], body });
      expect(replay.status).toBe(200);
    });

    it('is 422 naming offerId and channelId when they do not exist', async () => {
      const body = { name: 'X', offerId: 'offer_missing', channelId: 'ch_missing' };
      const response = await call(api, 'PUT', '/api/v1/creatives/creative_x', { roles: ['admin'], body });
      expectProblem(response, 422, ['offerId', 'channelId']);
      const list = await call(api, 'GET', '/api/v1/creatives', { roles: ['viewer'] });
      expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain('creative_x');
    });

    it('filters the list by offer and channel', async () => {
      await call(api, 'PUT', '/api/v1/channels/ch_other', { roles: ['admin'], body: { name: 'SMS' } });
      await call(api, 'PUT', '/api/v1/creatives/creative_sms', {
        roles: ['admin'],
        body: { name: 'SMS', offerId: 'offer_cr', channelId: 'ch_other' },
      });
      const byChannel = await call(api, 'GET', '/api/v1/creatives?channelId=ch_other', { roles: ['viewer'] });
      expect(byChannel.body.data.map((c: { id: string }) => c.id)).toEqual(['creative_sms']);
      const byOffer = await call(api, 'GET', '/api/v1/creatives?offerId=offer_cr', { roles: ['viewer'] });
      expect(byOffer.body.data.map((c: { id: string }) => c.id)).toEqual(['creative_001', 'creative_sms']);
    });
  });

  describe('lists', () => {
    it('walk every row exactly once with limit and cursor', async () => {
      for (let i = 0; i < 7; i++) {
        await call(api, 'PUT', `/api/v1/channels/page_${i}`, { roles: ['admin'], body: { name: `P${i}` } });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=3&cursor=${cursor}` : 'limit=3';
        const page = await call(api, 'GET', `/api/v1/channels?${query}`, { roles: ['viewer'] });
        expect(page.status).toBe(200);
        expect(page.body.data.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.data.map((c: { id: string }) => c.id));
        expect(page.body.hasMore).toBe(page.body.nextCursor !== null);
        cursor = page.body.nextCursor;
      } while (cursor);
      const all = (await call(api, 'GET', '/api/v1/channels?limit=1000', { roles: ['viewer'] })).body.data;
      expect(seen).toEqual(all.map((c: { id: string }) => c.id));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it.each([['limit=0'], ['limit=1001'], ['limit=abc'], ['cursor=%%%'], ['cursor=bm90LWpzb24']])(
      'rejects %s with 400',
      async (query) => {
        expectProblem(await call(api, 'GET', `/api/v1/channels?${query}`, { roles: ['viewer'] }), 400);
      },
    );

    it.each(['channels', 'offers', 'creatives'])('GET /%s needs a token', async (resource) => {
      expectProblem(await call(api, 'GET', `/api/v1/${resource}`), 401);
      expectProblem(await call(api, 'GET', `/api/v1/${resource}`, { roles: [] }), 403);
    });
  });
});
