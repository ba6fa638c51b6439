/**
 * What the HTTP layer itself answers, before any controller: bodies that are not UTF-8 or
 * hold lone surrogates, empty bodies on operations without one, oversized bodies sent by a
 * fetch client, the errors of Node's HTTP parser and of the router, and the rate limit over
 * every request (README "Limits" and "Errors").
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { promisify } from 'node:util';
import { DRAIN_MIN_BYTES } from '../../src/common/http/body-drain.js';
import { call, expectProblem, type JsonResponse } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tokenFor } from '../support/tokens.js';

const MIB = 1024 * 1024;
const auth = (roles: string[], subject?: string) => ({ authorization: `Bearer ${tokenFor(roles, { subject })}` });

/** A JSON response from bytes sent as they are. */
async function sendBytes(api: TestApp, method: string, path: string, body: Uint8Array): Promise<JsonResponse> {
  const response = await api.request(path, {
    method,
    headers: { ...auth(['admin']), 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

function parseAnswer(text: string): RawAnswer {
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/**
 * Node's fetch in a process of its own, as a client is: in this process the server and the
 * client would share one event loop, and the server's early close would not race the upload.
 */
async function fetchElsewhere(
  url: string,
  init: { method: string; headers: Record<string, string>; bodyBytes: number },
): Promise<{ status?: number; contentType?: string; body?: string; error?: string }> {
  const script = `
    const [url, init] = [process.argv[1], JSON.parse(process.argv[2])];
    const body = JSON.stringify({ interactions: [], padding: 'x'.repeat(init.bodyBytes) });
    try {
      const response = await fetch(url, { method: init.method, headers: init.headers, body });
      const text = await response.text();
      console.log(JSON.stringify({ status: response.status, contentType: response.headers.get('content-type'), body: text }));
    } catch (error) {
      console.log(JSON.stringify({ error: String(error.cause?.code ?? error.message) }));
    }`;
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--input-type=module',
    '-e',
    script,
    url,
    JSON.stringify(init),
  ]);
  return JSON.parse(stdout) as { status?: number; contentType?: string; body?: string; error?: string };
}

/** Writes `request` on a fresh connection and reads until the server closes it. */
function rawExchange(api: TestApp, request: string): Promise<RawAnswer> {
  const { port } = new URL(api.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parseAnswer(text)));
  });
}

function expectRawProblem(answer: RawAnswer, status: number): Record<string, unknown> {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(answer.body) as Record<string, unknown>;
  expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(problem.requestId).toEqual(expect.any(String));
  expect(answer.headers.get('x-request-id')).toBe(problem.requestId);
  expectSecurityHeaders(answer.headers);
  return problem;
}

function expectSecurityHeaders(headers: { get(name: string): string | null | undefined }): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('cache-control')).toBe('no-store');
}

/**
 * Uploads `total` bytes of a JSON string on one connection (chunked when `chunked`, else with
 * its Content-Length) and reports the answer and how much the server took before it closed.
 */
function upload(
  api: TestApp,
  path: string,
  total: number,
  chunked: boolean,
): Promise<{ answer: RawAnswer; accepted: number }> {
  const { port } = new URL(api.baseUrl);
  const head = [
    `PUT ${path} HTTP/1.1`,
    'host: 127.0.0.1',
    `authorization: ${auth(['admin']).authorization}`,
    'content-type: application/json',
    chunked ? 'transfer-encoding: chunked' : `content-length: ${total}`,
  ].join('\r\n');
  const piece = Buffer.alloc(256 * 1024, 'x');
  const frame = chunked
    ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
    : piece;
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let text = '';
    let accepted = 0;
    let sent = 0;
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => undefined); // EPIPE/ECONNRESET once the server has closed
    socket.on('close', () => resolve({ answer: parseAnswer(text), accepted }));
    const pump = () => {
      while (sent < total && !socket.destroyed) {
        sent += piece.length;
        const more = socket.write(frame, (error) => {
          if (!error) accepted += piece.length;
        });
        if (!more) {
          socket.once('drain', pump);
          return;
        }
      }
      if (!socket.destroyed) socket.end(chunked ? '0\r\n\r\n' : '');
    };
    socket.write(`${head}\r\n\r\n`, pump);
  });
}

describe('HTTP edge', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await api.close();
  });

  /** `id=name` of every stored channel. */
  const channelNames = async () =>
    (
      (await call(api, 'GET', '/api/v1/channels', { roles: ['viewer'] })).body.data as { id: string; name: string }[]
    ).map((channel) => `${channel.id}=${channel.name}`);
  const storedChannelIds = async () => (await channelNames()).map((entry) => entry.split('=')[0]);

  describe('JSON bodies are UTF-8 text', () => {
    const INVALID: [string, number[]][] = [
      ['not UTF-8 at all', [0xff, 0xfe]],
      ['a lone continuation byte', [0x80]],
      ['an overlong "/"', [0xc0, 0xaf]],
      ['an overlong 3-byte form', [0xe0, 0x80, 0xaf]],
      ['a CESU-8 surrogate', [0xed, 0xa0, 0x80]],
      ['a CESU-8 surrogate pair (U+1F600)', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
      ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
      ['a 5-byte form', [0xf8, 0x88, 0x80, 0x80, 0x80]],
      ['a truncated sequence', [0xe2, 0x82]],
    ];

    it.each(INVALID)(
      'refuses %s in a value or a key with 400 naming the body, and stores nothing',
      async (_name, bytes) => {
        const bad = Buffer.from(bytes);
        for (const body of [
          Buffer.concat([Buffer.from('{"name":"a'), bad, Buffer.from(' b"}')]),
          Buffer.concat([Buffer.from('{"name":"ok","'), bad, Buffer.from('":1}')]),
        ]) {
          const response = await sendBytes(api, 'PUT', '/api/v1/channels/ch_utf8', body);
          const problem = expectProblem(response, 400, ['body']);
          expect(problem.errors[0].message).toMatch(/^body is not valid UTF-8 \(at byte \d+: [0-9A-F ]+\)/);
          expect(problem.requestId).toBe(response.headers.get('x-request-id'));
        }
        const batch = Buffer.concat([
          Buffer.from('{"interactions":[{"customerId":"c'),
          bad,
          Buffer.from('","offerId":"o","interactionType":"click"}]}'),
        ]);
        expectProblem(await sendBytes(api, 'POST', '/api/v1/interactions', batch), 400, ['body']);
        expect(await storedChannelIds()).not.toContain('ch_utf8');
      },
    );

    it('refuses lone surrogate escapes in values and keys, at any depth, naming the field', async () => {
      const cases: [string, string][] = [
        ['{"name":"\\ud800"}', 'name'],
        ['{"name":"a\\udfffb"}', 'name'],
        ['{"name":"\\udbff\\udbff"}', 'name'],
        ['{"name":"\\ude00\\ud83d"}', 'name'],
        ['{"name":"ok","\\udc00":1}', '\\udc00'],
      ];
      for (const [text, field] of cases) {
        const response = await call(api, 'PUT', '/api/v1/channels/ch_surrogate', {
          roles: ['admin'],
          rawBody: text,
          headers: { 'content-type': 'application/json' },
        });
        const problem = expectProblem(response, 400, [field]);
        expect({ text, message: problem.errors[0].message }).toEqual({
          text,
          message: expect.stringMatching(/lone surrogate/),
        });
      }
      const nested = `{"interactions":[{"customerId":"c1","offerId":"o1","interactionType":"click","x":{"\\ud800k":["\\udc00"]}}]}`;
      const response = await call(api, 'POST', '/api/v1/interactions', {
        roles: ['editor'],
        rawBody: nested,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400, ['interactions.0.x.\\ud800k']);
      expect(await storedChannelIds()).not.toContain('ch_surrogate');

      // Well-formed text is taken as before: escaped pairs, U+FFFD itself, a byte order mark.
      const body = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"name":"\\ud83d\\ude00 é 😀 \uFFFD"}'),
      ]);
      expect((await sendBytes(api, 'PUT', '/api/v1/channels/ch_ok', body)).status).toBe(201);
      expect(await channelNames()).toContain('ch_ok=😀 é 😀 \uFFFD');
    });
  });

  describe('empty bodies', () => {
    const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const bodyless = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => ['post', 'put', 'patch', 'delete'].includes(method) && !operation.requestBody)
        .map(([method]) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, 'edge_1')] as const),
    );

    it('are no body on every operation that takes none, with Content-Type: application/json, and a 400 on the others', async () => {
      expect(bodyless).toEqual(
        expect.arrayContaining([
          ['POST', '/api/v1/interaction-summary/refresh'],
          ['DELETE', '/api/v1/customers/edge_1'],
        ]),
      );
      const refused: string[] = [];
      for (const [method, path] of bodyless) {
        for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
          const response = await call(api, method, path, {
            roles: ['admin'],
            rawBody: '',
            headers: { 'content-type': contentType },
          });
          if (response.status === 400 || response.status >= 500) {
            refused.push(`${method} ${path} (${contentType}): ${response.status} ${response.body?.detail}`);
          }
        }
      }
      expect(refused).toEqual([]);
      const refresh = await call(api, 'POST', '/api/v1/interaction-summary/refresh', {
        roles: ['admin'],
        rawBody: '',
        headers: { 'content-type': 'application/json' },
      });
      expect(refresh.status).toBe(200);
      const erase = await call(api, 'DELETE', '/api/v1/customers/CUST_EMPTY', {
        roles: ['admin'],
        rawBody: '',
        headers: { 'content-type': 'application/json' },
      });
      expect(erase.status).toBe(200);
      expect(erase.body.deleted).toMatchObject({ interactionHistory: 0, attributes: 0 });

      // Where the operation takes a body, an empty one is still a 400.
      for (const [method, path] of [
        ['PUT', '/api/v1/channels/ch_empty'],
        ['POST', '/api/v1/interactions'],
      ]) {
        const response = await call(api, method, path, {
          roles: ['admin'],
          rawBody: '',
          headers: { 'content-type': 'application/json' },
        });
        expect(expectProblem(response, 400).detail).toMatch(/Body cannot be empty/);
      }
    });
  });

  describe('errors of the HTTP layer are problem+json with a request id and the security headers', () => {
    it('431 for headers over 16 KB, as a fetch client reads it', async () => {
      const response = await api.request('/api/v1/channels', { headers: { 'x-padding': 'a'.repeat(20_000) } });
      expect(response.status).toBe(431);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({ status: 431, title: 'Request header fields too large' });
      expect(problem.detail).toMatch(/headers together are larger than the \d+ bytes/);
      expect(problem.requestId).toBe(response.headers.get('x-request-id'));
      expectSecurityHeaders(response.headers);
    });

    it('400 for a request Node cannot parse: a bad request line, a bad Content-Length', async () => {
      const garbage = expectRawProblem(await rawExchange(api, 'GARBAGE\r\n\r\n'), 400);
      expect(garbage.detail).toBe('The request method is not valid.');
      const length = await rawExchange(
        api,
        'PUT /api/v1/channels/x HTTP/1.1\r\nhost: x\r\ncontent-length: abc\r\n\r\n',
      );
      expect(expectRawProblem(length, 400).detail).toBe('The Content-Length header is not valid.');
    });

    it('400 for a malformed URL and 414 for an over-long path parameter, answered by the router', async () => {
      const malformed = await call(api, 'GET', '/api/v1/channels/%zz', { roles: ['viewer'] });
      expect(expectProblem(malformed, 400).detail).toBe('The URL is malformed.');
      expect(malformed.body.requestId).toBe(malformed.headers.get('x-request-id'));
      expectSecurityHeaders(malformed.headers);

      const long = await call(api, 'PUT', `/api/v1/channels/${'a'.repeat(1_100)}`, {
        roles: ['admin'],
        body: { name: 'x' },
      });
      expect(expectProblem(long, 414).detail).toBe('A path parameter is too long.');
      expect(long.body.requestId).toBe(long.headers.get('x-request-id'));
      expectSecurityHeaders(long.headers);
    });
  });

  describe('oversized bodies', () => {
    it('a fetch client sending 12 MiB reads its 413 problem', async () => {
      for (const [method, path] of [
        ['POST', '/api/v1/interactions'],
        ['PUT', '/api/v1/channels/ch_big'],
      ]) {
        const result = await fetchElsewhere(api.baseUrl + path, {
          method,
          headers: { ...auth(['admin']), 'content-type': 'application/json' },
          bodyBytes: 12 * MIB,
        });
        expect({ path, status: result.status, error: result.error }).toEqual({ path, status: 413, error: undefined });
        expect(result.contentType).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(result.body ?? '')).toMatchObject({
          status: 413,
          title: 'Payload too large',
          instance: path,
        });
      }
      expect((await call(api, 'GET', '/api/v1/channels', { roles: ['viewer'] })).status).toBe(200);
    });

    it('reads and drops the excess up to the bound, then closes: never a 5xx', async () => {
      // Chunked, so the server cannot know the size: it takes the bound's worth, then closes.
      const chunked = await upload(api, '/api/v1/channels/ch_flood', 64 * MIB, true);
      expectRawProblem(chunked.answer, 413);
      expect(chunked.accepted).toBeGreaterThan(DRAIN_MIN_BYTES);
      expect(chunked.accepted).toBeLessThan(64 * MIB);
      // Declared beyond the bound: answered at once, and the connection closed.
      const declared = await upload(api, '/api/v1/channels/ch_flood', 256 * MIB, false);
      expectRawProblem(declared.answer, 413);
      expect(declared.answer.headers.get('connection')).toBe('close');
      expect(declared.accepted).toBeLessThan(256 * MIB);
      expect(await storedChannelIds()).not.toContain('ch_flood');
    });
  });
});

describe('HTTP edge: the rate limit counts every request', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await api.close();
  });

  /** A GET from another loopback address: each test its own client IP, so its own budget. */
  function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
    const { port } = new URL(api.baseUrl);
    return new Promise((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, localAddress, headers, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: new Map(Object.entries(response.headers).map(([name, value]) => [name, String(value)])),
            body,
          }),
        );
      });
      request.on('error', reject);
    });
  }

  async function expectCounted(
    requests: (() => Promise<{ status: number; remaining: string | null | undefined }>)[],
    status: number,
  ) {
    const seen = [];
    for (const send of requests) seen.push(await send());
    expect(seen).toEqual([
      ...['4', '3', '2', '1', '0'].map((remaining) => ({ status, remaining })),
      { status: 429, remaining: '0' },
    ]);
  }

  it('counts 403s: a caller without the role is limited like any other', async () => {
    const viewer = auth(['viewer'], 'frank');
    const send = async () => {
      const response = await api.request('/api/v1/interaction-summary/refresh', { method: 'POST', headers: viewer });
      return { status: response.status, remaining: response.headers.get('x-ratelimit-remaining') };
    };
    await expectCounted(
      Array.from({ length: 6 }, () => send),
      403,
    );
  });

  it('counts 404s', async () => {
    const send = async () => {
      const response = await api.request('/api/v1/no-such-route', { headers: auth(['viewer'], 'gina') });
      return { status: response.status, remaining: response.headers.get('x-ratelimit-remaining') };
    };
    await expectCounted(
      Array.from({ length: 6 }, () => send),
      404,
    );
  });

  it('counts Swagger UI and the OpenAPI document per client IP, and answers 429 problem+json', async () => {
    const paths = ['/api/docs-json', '/api/docs', '/api/docs-json', '/api/docs', '/api/docs-json', '/api/docs-json'];
    await expectCounted(
      paths.map((path) => async () => {
        const answer = await getFrom('127.0.0.2', path);
        return { status: answer.status === 429 ? 429 : 200, remaining: answer.headers.get('x-ratelimit-remaining') };
      }),
      200,
    );
    const refused = await getFrom('127.0.0.2', '/api/docs');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another address has its own budget.
    expect((await getFrom('127.0.0.3', '/api/docs-json')).status).toBe(200);
  });

  it('counts 401s per client IP, whatever subject a forged token names', async () => {
    const forged = { authorization: `Bearer ${tokenFor(['admin'], { subject: 'harry', secret: 'x'.repeat(40) })}` };
    const requests = [{}, forged, {}, forged, {}, forged].map((headers) => async () => {
      const answer = await getFrom('127.0.0.4', '/api/v1/auth/me', headers);
      return { status: answer.status, remaining: answer.headers.get('x-ratelimit-remaining') };
    });
    await expectCounted(requests, 401);
    // harry's own budget is untouched.
    const harry = await api.request('/api/v1/auth/me', { headers: auth(['viewer'], 'harry') });
    expect({ status: harry.status, remaining: harry.headers.get('x-ratelimit-remaining') }).toEqual({
      status: 200,
      remaining: '4',
    });
  });
});
