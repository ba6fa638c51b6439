/**
 * Property-based fuzzing of every operation in the committed openapi.json (fast-check).
 *
 * Operations are discovered from the document, not listed here: a new route is fuzzed as
 * soon as it is documented, and one the generators cannot handle fails its test. For each
 * operation, requests follow the document (valid ones, hitting seeded rows), then each is
 * mutated in one place: wrong types, over-long and megabyte strings, unicode, control
 * characters and NUL, broken percent-encodings, injection strings, `__proto__` and
 * `constructor` keys, deep nesting, repeated query parameters, out-of-range and oddly
 * spelled numbers, empty and over-limit bodies, wrong content types. Every response must be
 * a documented status with a body matching its documented schema and the headers documented
 * for it (checks.ts), never a 5xx, errors as problem+json, and a 4xx whenever the document
 * rules the request out (see cases.ts's oracle).
 *
 * Reproduce a failure: fast-check prints its seed and path; run
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run test:only -- test/e2e/fuzz.e2e-spec.ts
 * FUZZ_RUNS=<n> sets the hostile requests per operation (default 40; valid ones: half as many).
 */
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { call } from '../support/http.js';
import { FuzzRequest, OperationCases } from '../support/fuzz/cases.js';
import { describeFailure, RawClient, type RawResponse, responseProblems } from '../support/fuzz/checks.js';
import { OpenApiModel, type OperationSpec } from '../support/fuzz/openapi-model.js';

const model = OpenApiModel.load();
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED =
  process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;

/** Rows the seed below creates, by parameter or property name (`offers/{id}`: the path parameter). */
const FIXTURES: Record<string, readonly string[]> = {
  'channels/{id}': ['ch_001'],
  'offers/{id}': ['offer_001'],
  'creatives/{id}': ['creative_001'],
  'customers/{id}': ['CUST001', 'CUST002'],
  'experiments/{id}': ['exp_hero_2026'],
  'metrics/{name}': ['purchase_frequency_30d', 'engagement_score'],
  'schema-tables/{name}': ['customers'],
  'segments/{id}': ['high_value'],
  'suppressions/{customerId}': ['CUST003'],
  customerId: ['CUST001', 'CUST002'],
  offerId: ['offer_001'],
  actionId: ['offer_001'],
  creativeId: ['creative_001'],
  treatmentId: ['creative_001'],
  channelId: ['ch_001'],
  variant: ['control', 'treatment'],
};
const fixtures = (name: string) => FIXTURES[name] ?? FIXTURES[name.replace(/^.*\{(.+)\}$/, '$1')];

/** Methods whose body Fastify parses. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads first, then writes, erasure last: valid requests keep finding the seeded rows. */
const ORDER = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
const operations = [...model.operations].sort((a, b) => ORDER.indexOf(a.method) - ORDER.indexOf(b.method));

async function seed(api: TestApp): Promise<void> {
  const admin = { roles: ['admin'] };
  const put = async (path: string, body: unknown) => {
    const response = await call(api, 'PUT', `/api/v1${path}`, { ...admin, body });
    if (response.status >= 300)
      throw new Error(`seed PUT ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  const post = async (path: string, body: unknown) => {
    const response = await call(api, 'POST', `/api/v1${path}`, { ...admin, body });
    if (response.status >= 300)
      throw new Error(`seed POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  await put('/channels/ch_001', { name: 'Marketing Email' });
  await put('/offers/offer_001', {
    name: 'Platinum Card',
    issue: 'Credit Cards',
    group: 'Premium',
    status: 'active',
    priority: 90,
  });
  await put('/creatives/creative_001', { name: 'Email Hero', offerId: 'offer_001', channelId: 'ch_001' });
  await put('/schema-tables/customers', {
    fields: [
      { name: 'email', type: 'string' },
      { name: 'tier', type: 'string' },
      { name: 'lifetime_value', type: 'number' },
      { name: 'tenure_months', type: 'number' },
    ],
  });
  await put('/metrics/purchase_frequency_30d', { description: 'Purchases in the last 30 days.' });
  await put('/metrics/engagement_score', { description: 'Engagement.' });
  await put('/experiments/exp_hero_2026', { name: 'Homepage hero test', variants: ['control', 'treatment'] });
  await put('/segments/high_value', {
    name: 'High value',
    rule: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] },
  });
  for (const customer of ['CUST001', 'CUST002', 'CUST003']) {
    await put(`/schema-tables/customers/records/${customer}`, {
      email: 'ana@example.com',
      tier: 'gold',
      lifetime_value: 12500,
    });
    await put(`/customers/${customer}/metrics`, { values: { purchase_frequency_30d: 3, engagement_score: 0.82 } });
    await put(`/experiments/exp_hero_2026/assignments/${customer}`, { variant: 'treatment' });
    const types = ['impression', 'click', 'dismiss', 'convert', 'impression'];
    await post('/interactions', {
      interactions: types.map((interactionType, i) => ({
        id: `ih_${customer}_${i}`,
        customerId: customer,
        offerId: 'offer_001',
        creativeId: i % 2 === 0 ? 'creative_001' : undefined,
        interactionType,
      })),
    });
    await post('/impressions', {
      impressions: [{ customerId: customer, offerId: 'offer_001', placement: 'homepage_hero' }],
    });
  }
  // CUST003 is erased and suppressed, so lifting its suppression can succeed.
  const erased = await call(api, 'DELETE', '/api/v1/customers/CUST003?suppress=true', admin);
  if (erased.status !== 200) throw new Error(`seed erase: ${erased.status}`);
  await post('/interaction-summary/refresh', undefined);
}

describe('fuzzing every documented operation', () => {
  let api: TestApp;
  let client: RawClient;

  beforeAll(async () => {
    api = await startTestApp();
    client = new RawClient(api.baseUrl);
    await seed(api);
  });
  afterAll(async () => {
    client.close();
    await api.close();
  });

  it('finds the operations in openapi.json', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((op) => op.id)).toEqual(expect.arrayContaining(['getUnifiedProfile', 'eraseCustomer']));
  });

  it('fails an operation it cannot generate input for, instead of skipping it', () => {
    const synthetic = new OpenApiModel({
      openapi: '3.0.0',
      paths: {
        '/a': { get: { parameters: [{ name: 'h', in: 'header', schema: { type: 'string' } }], responses: {} } },
        '/b': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { type: 'string', format: 'hostname' } }],
            responses: {},
          },
        },
      },
      components: { schemas: {} },
    });
    const [header, uuid] = synthetic.operations;
    expect(() => new OperationCases(synthetic, header, fixtures)).toThrow(
      /no generator support for parameter h in header/,
    );
    expect(() => new OperationCases(synthetic, uuid, fixtures).valid()).toThrow(
      /no generator support for string format hostname/,
    );
  });

  interface Tally {
    statuses: Map<number, number>;
    /** Requests the oracle ruled out (and so had to get a 4xx). */
    refused: number;
  }

  async function fuzz(op: OperationSpec, arbitrary: fc.Arbitrary<FuzzRequest>, numRuns: number): Promise<Tally> {
    const tally: Tally = { statuses: new Map(), refused: 0 };
    await fc.assert(
      fc.asyncProperty(arbitrary, async (request) => {
        let response: RawResponse;
        try {
          response = await client.send(request);
        } catch (error) {
          throw new Error(`${request.method} ${request.target.slice(0, 200)}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
        if (request.invalidBecause.length > 0) tally.refused++;
        const problems = responseProblems(model, op, request, response);
        if (problems.length > 0) throw new Error(describeFailure(request, response, problems));
      }),
      { numRuns, seed: SEED, path: PATH, endOnFailure: true, verbose: 0 },
    );
    return tally;
  }

  describe.each(operations.map((op) => [`${op.id} (${op.method} ${op.path})`, op] as const))('%s', (_name, op) => {
    it('answers valid requests as documented, and finds real rows', async () => {
      const { statuses } = await fuzz(op, new OperationCases(model, op, fixtures).valid(), Math.ceil(RUNS / 2));
      const succeeded = [...statuses].filter(([status]) => status < 300).reduce((sum, [, n]) => sum + n, 0);
      // Valid requests that never get past validation or lookups would leave the handler unfuzzed.
      // toEqual, so that a failure prints the statuses met and the seed that replays them.
      expect({ op: op.id, seed: SEED, succeeded: succeeded > 0, statuses: Object.fromEntries(statuses) }).toEqual({
        op: op.id,
        seed: SEED,
        succeeded: true,
        statuses: expect.any(Object),
      });
    });

    it('answers hostile requests with a documented 4xx problem, never a 5xx', async () => {
      const { refused } = await fuzz(op, new OperationCases(model, op, fixtures).hostile(), RUNS);
      // The oracle must rule most mutations out, or the 4xx check would be toothless.
      const hasInput = op.body !== undefined || op.queryParams.length + op.pathParams.length > 0;
      if (hasInput && PATH === undefined) expect(refused).toBeGreaterThanOrEqual(RUNS / 3);
    });

    // Generated clients send `Content-Type: application/json` on every request (CONTRACT.md).
    if (!op.body && BODY_METHODS.has(op.method)) {
      it('takes an empty body with Content-Type: application/json as no body', async () => {
        const valid = new OperationCases(model, op, fixtures).valid();
        await fc.assert(
          fc.asyncProperty(valid, async (request) => {
            const { label, method, target, role, invalidBecause } = request;
            const typed = new FuzzRequest(`${label}, empty JSON body`, method, target, role, 'application/json', '', [
              ...invalidBecause,
            ]);
            const withType = await client.send(typed);
            const without = await client.send(request);
            const problems = responseProblems(model, op, typed, withType);
            if (withType.status === 400 && without.status !== 400) {
              problems.push(`400 with an empty JSON body, ${without.status} without one`);
            }
            if (problems.length > 0) throw new Error(describeFailure(typed, withType, problems));
          }),
          { numRuns: Math.ceil(RUNS / 4), seed: SEED, path: PATH, endOnFailure: true, verbose: 0 },
        );
      });
    }
  });

  it('left no prototype polluted', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
