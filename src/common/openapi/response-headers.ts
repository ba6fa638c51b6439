import type { HeaderObject, OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';

/**
 * The headers the HTTP layer adds to responses, declared once under `components.headers`
 * and referenced from each response that carries them (see declareResponseHeaders).
 */
export const RESPONSE_HEADERS = {
  'X-Request-Id': {
    description:
      'The request’s id: the caller’s own `X-Request-Id` when it is 1–128 of `A-Z a-z 0-9 . _ : -`, else a new ' +
      'UUID. Problems repeat it as `requestId`; quote it when reporting one.',
    required: true,
    schema: { type: 'string', minLength: 1, maxLength: 128, example: '8fe6b8d6-e7ee-44ba-b572-9a95683a378d' },
  },
  'X-RateLimit-Limit': {
    description:
      'Requests the caller may make per window of 60 s (`RATE_LIMIT_PER_MINUTE`). Absent when limiting is off.',
    schema: { type: 'integer', minimum: 1, example: 6000 },
  },
  'X-RateLimit-Remaining': {
    description: 'Requests the caller has left in the current window, after this one.',
    schema: { type: 'integer', minimum: 0, example: 5999 },
  },
  'X-RateLimit-Reset': {
    description: 'Whole seconds until the current window ends and the budget is full again.',
    schema: { type: 'integer', minimum: 1, example: 42 },
  },
  'Retry-After': {
    description: 'Whole seconds to wait before retrying.',
    required: true,
    schema: { type: 'integer', minimum: 1, example: 1 },
  },
} satisfies Record<string, HeaderObject>;

type HeaderName = keyof typeof RESPONSE_HEADERS;

const RATE_LIMIT_HEADERS: HeaderName[] = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * The status a protected route answers before the rate limiter runs, without X-RateLimit-*: the
 * router's own refusal of an over-long path parameter. The limiter is an onRequest hook, so
 * authentication refusals and Fastify's body checks (401, 413, 415) carry them.
 */
const BEFORE_RATE_LIMIT = new Set(['414']);

/** Statuses whose problem says when to try again (the problem filter sets Retry-After). */
const RETRY_STATUSES = new Set(['429', '503']);

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/**
 * Every response carries X-Request-Id (set in an onSend hook); responses of protected routes
 * that the rate limiter saw carry X-RateLimit-* (the rate-limit hook; `/health` is not limited);
 * 429 and 503 carry Retry-After. Headers a route declares itself are kept.
 */
export function declareResponseHeaders(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  components.headers = { ...components.headers, ...RESPONSE_HEADERS };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      const limited = (operation.security?.length ?? 0) > 0;
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        const names: HeaderName[] = ['X-Request-Id'];
        if (limited && !BEFORE_RATE_LIMIT.has(status)) names.push(...RATE_LIMIT_HEADERS);
        if (RETRY_STATUSES.has(status)) names.push('Retry-After');
        const headers = Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
        // Responses declared on a controller are one object shared by its operations: copy.
        operation.responses[status] = { ...response, headers: { ...headers, ...response.headers } };
      }
    }
  }
}
