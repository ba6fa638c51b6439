/**
 * Privacy in logs: the app runs at LOG_LEVEL=debug with its log captured, serves a flow over
 * every documented operation (and the failures that echo input: validation errors, unknown
 * customers, a bad token, an erasure, a database error whose message and detail hold a
 * customer id), and then no fixture value may appear anywhere in what it logged or printed.
 * Every line must be JSON; every request has a line with its request id and route template.
 */
import { readFile } from 'node:fs/promises';
import { format } from 'node:util';
import pg from 'pg';
import { call, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';

const CUSTOMER = 'cust-LogCanary-7Qx41';
const ERASED_TWICE = 'cust-LogCanary-Zero-5Kd2';
const UNKNOWN_CUSTOMER = 'cust-LogCanary-Nobody-9Wm3';
const FAILING_CUSTOMER = 'cust-LogCanary-Boom-2Hs8';
const BAD_CUSTOMER = 'bad id LogCanary 4Tz';
const EMAIL = 'zelda.logcanary.31@example.org';
const TIER = 'tier-LogCanary-Platinum-8Bv';
const LIFETIME_VALUE = 98765.4321;
const BAD_ATTRIBUTE = 'not-a-number-LogCanary-6Yp';
const UNKNOWN_FIELD = 'field_logcanary_unknown_3Rf';
const TABLE = 'crm_logcanary_tbl';
const METRIC = 'metric_logcanary_q7x';
const METRIC_VALUE = 4242.125;
const UNKNOWN_METRIC = 'metric_logcanary_missing_1Lz';
const SEGMENT = 'seg-logcanary-w4r';
const SEGMENT_NAME = 'Segment LogCanary Whales';
const EXPERIMENT = 'exp-logcanary-v9t';
const VARIANT = 'variant-logcanary-b2';
const BAD_VARIANT = 'variant-logcanary-nope-0Qa';
const CHANNEL = 'ch-logcanary-h3';
const OFFER = 'offer-logcanary-p5';
const UNKNOWN_OFFER = 'offer-logcanary-missing-4Ne';
const CREATIVE = 'cr-logcanary-m2';
const INTERACTION = 'ih-logcanary-001';
const IMPRESSION = 'imp-logcanary-001';
const PLACEMENT = 'placement-logcanary-hero';
const SUBJECT = 'ops.logcanary@example.net';
const BAD_TOKEN = 'not.a-valid.LogCanaryToken77';
const DB_MESSAGE = 'LogCanary trigger message';

const ADMIN_TOKEN = tokenFor(['admin'], { subject: SUBJECT });
const EDITOR_TOKEN = tokenFor(['editor'], { subject: SUBJECT });
const VIEWER_TOKEN = tokenFor(['viewer'], { subject: SUBJECT });
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const editor = { authorization: `Bearer ${EDITOR_TOKEN}` };
const viewer = { authorization: `Bearer ${VIEWER_TOKEN}` };

interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  method?: string;
  route?: string | null;
  status?: number;
  durationMs?: number;
  context?: string;
  [field: string]: unknown;
}

describe('logs: structured, and nothing personal in them', () => {
  let api: TestApp;
  let db: pg.Client;
  /** Everything the app's logger wrote. */
  const logged: string[] = [];
  /** Anything else printed while the app ran (stdout, stderr, console): it must not leak either. */
  const printed: string[] = [];
  const restore: (() => void)[] = [];
  /** Values that only responses carried (cursors, the erasure's customer hash). */
  const fromResponses: string[] = [];
  const responses: { method: string; status: number; reqId: string }[] = [];

  async function step(
    method: string,
    path: string,
    status: number,
    options: { headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
  ): Promise<JsonResponse> {
    const response = await call(api, method, path, options);
    expect({ method, path, status: response.status }).toEqual({ method, path, status });
    responses.push({ method, status, reqId: response.headers.get('x-request-id') ?? '(none)' });
    return response;
  }

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write;
      stream.write = ((...args: unknown[]) => {
        printed.push(String(args[0]));
        return Reflect.apply(original, stream, args);
      }) as typeof stream.write;
      restore.push(() => (stream.write = original));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        printed.push(format(...args));
        original(...args);
      };
      restore.push(() => (console[method] = original));
    }
    api = await startTestApp({ LOG_LEVEL: 'debug' }, { logDestination: { write: (line) => logged.push(line) } });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await runFlow();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await api?.close();
    for (const undo of restore.reverse()) undo();
  });

  /** Every documented operation, with the fixtures above; then the failures. */
  async function runFlow(): Promise<void> {
    await step('GET', '/health', 200);
    await step('GET', '/api/v1/auth/me', 200, { headers: admin });

    await step('PUT', `/api/v1/channels/${CHANNEL}`, 201, { headers: editor, body: { name: 'LogCanary channel' } });
    await step('GET', '/api/v1/channels', 200, { headers: viewer });
    const offer = { name: 'LogCanary offer', issue: 'Cards', group: 'Premium', status: 'active', priority: 90 };
    await step('PUT', `/api/v1/offers/${OFFER}`, 201, { headers: editor, body: offer });
    await step('GET', '/api/v1/offers', 200, { headers: viewer });
    await step('GET', `/api/v1/offers/${OFFER}`, 200, { headers: viewer });
    const creative = { name: 'LogCanary creative', offerId: OFFER, channelId: CHANNEL };
    await step('PUT', `/api/v1/creatives/${CREATIVE}`, 201, { headers: editor, body: creative });
    await step('GET', `/api/v1/creatives?offerId=${OFFER}`, 200, { headers: viewer });

    const fields = [
      { name: 'email', type: 'string' },
      { name: 'tier', type: 'string' },
      { name: 'lifetime_value', type: 'number' },
    ];
    await step('PUT', `/api/v1/schema-tables/${TABLE}`, 201, { headers: admin, body: { fields } });
    await step('GET', '/api/v1/schema-tables', 200, { headers: viewer });
    const attributes = { email: EMAIL, tier: TIER, lifetime_value: LIFETIME_VALUE };
    await step('PUT', `/api/v1/schema-tables/${TABLE}/records/${CUSTOMER}`, 201, { headers: editor, body: attributes });
    await step('GET', `/api/v1/schema-tables/${TABLE}/records/${CUSTOMER}`, 200, { headers: viewer });

    await step('PUT', `/api/v1/metrics/${METRIC}`, 201, { headers: admin, body: { description: 'LogCanary' } });
    await step('GET', '/api/v1/metrics', 200, { headers: viewer });
    const values = { values: { [METRIC]: METRIC_VALUE } };
    await step('PUT', `/api/v1/customers/${CUSTOMER}/metrics`, 200, { headers: editor, body: values });
    await step('GET', `/api/v1/customers/${CUSTOMER}/metrics`, 200, { headers: viewer });

    const experiment = { name: 'LogCanary experiment', variants: ['control', VARIANT] };
    await step('PUT', `/api/v1/experiments/${EXPERIMENT}`, 201, { headers: admin, body: experiment });
    await step('GET', '/api/v1/experiments', 200, { headers: viewer });
    await step('PUT', `/api/v1/experiments/${EXPERIMENT}/assignments/${CUSTOMER}`, 201, {
      headers: editor,
      body: { variant: VARIANT },
    });

    const rule = { all: [{ field: 'attributes.tier', op: 'eq', value: TIER }] };
    await step('PUT', `/api/v1/segments/${SEGMENT}`, 201, { headers: admin, body: { name: SEGMENT_NAME, rule } });
    await step('GET', '/api/v1/segments', 200, { headers: viewer });

    const interaction = { id: INTERACTION, customerId: CUSTOMER, offerId: OFFER, creativeId: CREATIVE };
    await step('POST', '/api/v1/interactions', 200, {
      headers: editor,
      body: { interactions: [{ ...interaction, interactionType: 'click' }] },
    });
    const impression = { id: IMPRESSION, customerId: CUSTOMER, offerId: OFFER, placement: PLACEMENT };
    await step('POST', '/api/v1/impressions', 200, { headers: editor, body: { impressions: [impression] } });

    const profile = await step('GET', `/api/v1/customers/${CUSTOMER}/unified-profile`, 200, { headers: viewer });
    expect(profile.body).toMatchObject({ customerId: CUSTOMER, segments: [SEGMENT], attributes: { email: EMAIL } });
    const history = await step('GET', `/api/v1/interaction-history?customerId=${CUSTOMER}&limit=1`, 200, {
      headers: viewer,
    });
    expect(history.body.data).toHaveLength(1);
    await step('POST', '/api/v1/interaction-summary/refresh', 200, { headers: admin });
    await step('GET', '/api/v1/interaction-summary?groupBy=customer&days=30', 200, { headers: viewer });

    const erased = await step('DELETE', `/api/v1/customers/${CUSTOMER}?suppress=true`, 200, { headers: admin });
    expect(erased.body.deleted).toMatchObject({ attributes: 1, metricValues: 1, interactionHistory: 1 });
    await step('DELETE', `/api/v1/customers/${ERASED_TWICE}`, 200, { headers: admin });
    const receipts = await step('GET', `/api/v1/privacy/erasures?customerId=${CUSTOMER}`, 200, { headers: admin });
    expect(receipts.body.data).toHaveLength(1);
    fromResponses.push(receipts.body.data[0].customerHash as string);
    await step('DELETE', `/api/v1/privacy/suppressions/${CUSTOMER}`, 204, { headers: admin });

    // Failures whose responses echo input.
    await step('GET', `/api/v1/customers/${UNKNOWN_CUSTOMER}/unified-profile`, 404, { headers: viewer });
    await step('GET', `/api/v1/customers/${encodeURIComponent(BAD_CUSTOMER)}/unified-profile`, 400, {
      headers: viewer,
    });
    await step('GET', `/api/v1/customers/${CUSTOMER}/unified-profile`, 401, {
      headers: { authorization: `Bearer ${BAD_TOKEN}` },
    });
    await step('GET', `/api/v1/customers/${CUSTOMER}/metrics`, 403, {
      headers: { authorization: `Bearer ${tokenFor([], { subject: SUBJECT })}` },
    });
    await step('PUT', `/api/v1/schema-tables/${TABLE}/records/${CUSTOMER}`, 400, {
      headers: editor,
      body: { email: EMAIL, lifetime_value: BAD_ATTRIBUTE, [UNKNOWN_FIELD]: TIER },
    });
    await step('PUT', `/api/v1/customers/${CUSTOMER}/metrics`, 422, {
      headers: editor,
      body: { values: { [UNKNOWN_METRIC]: METRIC_VALUE } },
    });
    await step('PUT', `/api/v1/experiments/${EXPERIMENT}/assignments/${CUSTOMER}`, 422, {
      headers: editor,
      body: { variant: BAD_VARIANT },
    });
    await step('POST', '/api/v1/interactions', 422, {
      headers: editor,
      body: { interactions: [{ customerId: CUSTOMER, offerId: UNKNOWN_OFFER, interactionType: 'click' }] },
    });
    await step('POST', '/api/v1/interactions', 400, {
      headers: editor,
      body: { interactions: [{ customerId: BAD_CUSTOMER, offerId: OFFER, interactionType: EMAIL }] },
    });
    await step('GET', `/api/v1/interaction-history?customerId=${CUSTOMER}&cursor=${EMAIL}`, 400, { headers: viewer });
    await step('PUT', `/api/v1/schema-tables/${TABLE}/records/${CUSTOMER}`, 400, {
      headers: { ...editor, 'content-type': 'application/json' },
      rawBody: `{"email": "${EMAIL}", `,
    });
    await step('PUT', `/api/v1/schema-tables/${TABLE}/records/${CUSTOMER}`, 415, {
      headers: { ...editor, 'content-type': 'text/plain' },
      rawBody: EMAIL,
    });
    await step('GET', `/api/v1/no-such-route/${CUSTOMER}?email=${EMAIL}`, 404, { headers: viewer });
    await step('GET', `/api/v1/offers/${CUSTOMER}${'x'.repeat(1100)}`, 414, { headers: viewer });

    // A database error whose message and detail carry the customer id: a 500, logged without them.
    await db.query(`
      CREATE FUNCTION logcanary_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.customer_id = '${FAILING_CUSTOMER}' THEN
          RAISE EXCEPTION '${DB_MESSAGE} for %', NEW.customer_id
            USING DETAIL = format('Key (customer_id)=(%s) already exists.', NEW.customer_id), HINT = NEW.customer_id;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER logcanary_fail BEFORE INSERT ON schema_record FOR EACH ROW EXECUTE FUNCTION logcanary_fail();`);
    try {
      await step('PUT', `/api/v1/schema-tables/${TABLE}/records/${FAILING_CUSTOMER}`, 500, {
        headers: editor,
        body: { email: EMAIL },
      });
    } finally {
      await db.query(`DROP TRIGGER logcanary_fail ON schema_record; DROP FUNCTION logcanary_fail()`);
    }
  }

  function lines(): LogLine[] {
    return logged
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as LogLine);
  }

  const requestLines = () => lines().filter((line) => line.msg === 'request completed');

  it('writes one JSON object per line, with level, time and message', () => {
    const all = logged.join('').split('\n').slice(0, -1);
    expect(all.length).toBeGreaterThan(responses.length);
    for (const line of all) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), time: expect.any(String) });
    }
  });

  it('logs every request once: its request id, method, route template, status and duration', () => {
    const byId = new Map(requestLines().map((line) => [line.reqId, line]));
    expect(requestLines()).toHaveLength(byId.size);
    for (const response of responses) {
      expect(byId.get(response.reqId)).toEqual(
        expect.objectContaining({
          reqId: response.reqId,
          method: response.method,
          status: response.status,
          durationMs: expect.any(Number),
          level: response.status >= 500 ? 'error' : 'info',
        }),
      );
    }
    expect(requestLines().map((line) => line.route)).toEqual(
      expect.arrayContaining([
        '/health',
        '/api/v1/customers/:id/unified-profile',
        '/api/v1/schema-tables/:name/records/:customerId',
      ]),
    );
    // Unmatched and router-rejected requests have no template: no route rather than the URL.
    const unmatched = requestLines().filter((line) => line.status === 404 && line.route === null);
    expect(unmatched).toHaveLength(1);
    expect(requestLines().find((line) => line.status === 414)).toMatchObject({ route: null });
  });

  it('exercised every operation of openapi.json', async () => {
    const document = JSON.parse(await readFile('openapi.json', 'utf8')) as { paths: Record<string, object> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const logged = new Set(
      requestLines()
        .filter((line) => line.route !== null)
        .map((line) => `${line.method} ${line.route!.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(documented.filter((operation) => !logged.has(operation))).toEqual([]);
  });

  it('tags lines written while serving a request with its request id and route', () => {
    const erasures = responses.filter((response) => response.method === 'DELETE' && response.status === 200);
    const erasureLines = lines().filter((line) => line.msg === 'Customer data erased');
    expect(erasureLines.map((line) => line.reqId)).toEqual(expect.arrayContaining(erasures.map((r) => r.reqId)));
    expect(erasureLines[0]).toMatchObject({
      context: 'Erasure',
      method: 'DELETE',
      route: '/api/v1/customers/:id',
      deleted: expect.objectContaining({ attributes: 1 }),
    });

    const failed = responses.find((response) => response.status === 500)!;
    const failure = lines().find((line) => line.msg === 'Request failed');
    expect(failure).toMatchObject({
      level: 'error',
      reqId: failed.reqId,
      route: '/api/v1/schema-tables/:name/records/:customerId',
      status: 500,
      err: { type: 'QueryFailedError', code: 'P0001', routine: expect.any(String), stack: expect.any(Array) },
    });
  });

  it('never logs nor prints a customer id, attribute, metric, segment, experiment, token or body value', () => {
    const fixtures = [
      CUSTOMER,
      ERASED_TWICE,
      UNKNOWN_CUSTOMER,
      FAILING_CUSTOMER,
      BAD_CUSTOMER,
      EMAIL,
      TIER,
      String(LIFETIME_VALUE),
      BAD_ATTRIBUTE,
      UNKNOWN_FIELD,
      TABLE,
      METRIC,
      String(METRIC_VALUE),
      UNKNOWN_METRIC,
      SEGMENT,
      SEGMENT_NAME,
      EXPERIMENT,
      VARIANT,
      BAD_VARIANT,
      CHANNEL,
      OFFER,
      UNKNOWN_OFFER,
      CREATIVE,
      INTERACTION,
      IMPRESSION,
      PLACEMENT,
      SUBJECT,
      BAD_TOKEN,
      ADMIN_TOKEN,
      EDITOR_TOKEN,
      VIEWER_TOKEN,
      DB_MESSAGE,
      'LogCanary',
      ...fromResponses,
    ];
    // Spellings as they travel: URL-encoded, JSON-escaped; and any case.
    const needles = fixtures.flatMap((value) => [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
    const haystacks = { log: logged.join('').toLowerCase(), printed: printed.join('').toLowerCase() };
    for (const [where, text] of Object.entries(haystacks)) {
      const found = [...new Set(needles)].filter((needle) => text.includes(needle.toLowerCase()));
      expect({ where, found }).toEqual({ where, found: [] });
    }
    // Nor the kinds of field that carry them.
    for (const line of lines()) {
      for (const key of [
        'url',
        'query',
        'headers',
        'body',
        'params',
        'parameters',
        'detail',
        'hint',
        'remoteAddress',
      ]) {
        expect(JSON.stringify(line)).not.toContain(`"${key}":`);
      }
    }
    expect(haystacks.log).not.toContain('bearer');
    expect(haystacks.log).not.toContain('authorization');
  });
});
