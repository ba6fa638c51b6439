import http from 'node:http';
import type { Role } from '../../../src/common/auth/roles.js';
import { tokenFor } from '../tokens.js';
import { clip, type FuzzRequest } from './cases.js';
import type { OpenApiModel, OperationSpec } from './openapi-model.js';

export interface RawResponse {
  status: number;
  contentType: string;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * Sends a request exactly as generated. node:http, not fetch: the WHATWG URL parser would
 * resolve `%2e%2e` segments and re-encode what the fuzz suite means to send verbatim.
 */
export class RawClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  private readonly tokens = new Map<Role, string>();

  constructor(private readonly baseUrl: string) {}

  send(request: FuzzRequest): Promise<RawResponse> {
    const url = new URL(this.baseUrl);
    const headers: Record<string, string> = {};
    if (request.role) headers.authorization = `Bearer ${this.token(request.role)}`;
    if (request.contentType !== undefined) headers['content-type'] = request.contentType;
    const body =
      request.body === undefined
        ? undefined
        : typeof request.body === 'string'
          ? Buffer.from(request.body, 'utf8')
          : Buffer.from(request.body);
    if (body) headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.target,
          headers,
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      // A server may answer (413) and close before reading a large body: the answer counts.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private token(role: Role): string {
    let token = this.tokens.get(role);
    if (!token) {
      token = tokenFor([role], { subject: `fuzz-${role}` });
      this.tokens.set(role, token);
    }
    return token;
  }
}

/** Headers the HTTP layer adds that a client may act on: each must be declared where it is sent. */
const DECLARED_HEADERS = [
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'location',
];

/** What Fastify answers a body it does not take: not promised where the document has no body. */
const BODY_REFUSALS = new Set([400, 413, 415]);

const LEAKS = /\bat [\w.<>]+ \(|node_modules|\.(?:ts|js):\d+|QueryFailedError|TypeORMError|\bpg_catalog\b/;

/**
 * What must hold of every response: no 5xx; the status is documented for the operation;
 * the body is of a documented media type and matches its schema, and the headers a client
 * acts on are the documented ones; errors are problem+json with type, title and status; a
 * request the document rules out is a 4xx. Returns the problems found (empty: all good).
 */
export function responseProblems(
  model: OpenApiModel,
  op: OperationSpec,
  request: FuzzRequest,
  response: RawResponse,
): string[] {
  const problems: string[] = [];
  const { status } = response;
  const media = response.contentType.split(';')[0].trim().toLowerCase();
  let body: unknown;
  if (response.text !== '') {
    try {
      body = JSON.parse(response.text);
    } catch {
      problems.push(`the body is not JSON (${media || 'no content-type'})`);
    }
  }

  if (status >= 500) problems.push(`${status}: a server error`);
  if (request.invalidBecause.length > 0 && (status < 400 || status >= 500)) {
    problems.push(`${status} for a request the document rules out (${request.invalidBecause.join('; ')})`);
  }

  const key = [String(status), `${String(status)[0]}XX`, 'DEFAULT'].find((k) => op.responses.has(k));
  const documented = key === undefined ? undefined : op.responses.get(key);
  // A body sent where the document describes none is outside it: Fastify may refuse it as it likes.
  const bodyOutsideDocument = op.body === undefined && request.body !== undefined && BODY_REFUSALS.has(status);
  if (!documented) {
    if (!bodyOutsideDocument) {
      problems.push(`${status} is not documented (documented: ${[...op.responses.keys()].join(', ')})`);
    }
  } else if (documented.size === 0) {
    if (response.text !== '') problems.push(`${status} is documented without a body, but one came`);
  } else if (!documented.has(media)) {
    problems.push(`${status} came as ${media || 'no content-type'}; documented: ${[...documented.keys()].join(', ')}`);
  } else {
    const schema = documented.get(media);
    if (schema && body !== undefined) {
      const { valid, errors } = model.validate(schema, body);
      if (!valid) problems.push(`${status} body does not match its documented schema: ${errors}`);
    }
  }

  const declared = key === undefined ? undefined : op.headers.get(key);
  if (declared) {
    for (const name of DECLARED_HEADERS) {
      if (response.headers[name] !== undefined && !declared.has(name)) {
        problems.push(`${status} sends ${name}, which the document does not declare for it`);
      }
    }
    for (const [name, required] of declared) {
      if (required && response.headers[name] === undefined) problems.push(`${status} lacks its required ${name}`);
    }
  }

  if (status >= 400) {
    if (media !== 'application/problem+json')
      problems.push(`${status} came as ${media || 'no content-type'}, not problem+json`);
    const problem = body as { type?: unknown; title?: unknown; status?: unknown } | undefined;
    if (typeof problem?.type !== 'string' || typeof problem.title !== 'string' || problem.status !== status) {
      problems.push(`${status} problem lacks type/title/status`);
    }
  }
  if (LEAKS.test(response.text)) problems.push('the body leaks internals (stack, file or SQL error names)');
  return problems;
}

export function describeFailure(request: FuzzRequest, response: RawResponse, problems: string[]): string {
  return [
    `${request.method} ${clip(request.target, 200)} [${request.label}] → ${response.status}`,
    ...problems.map((p) => `  - ${p}`),
    `  response: ${clip(response.text, 600)}`,
  ].join('\n');
}
