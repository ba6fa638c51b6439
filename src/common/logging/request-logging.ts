import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { runInRequest, type RequestLogContext } from './request-context.js';

/**
 * One line per response: request id, method, route template, status and duration. Never
 * the URL (it holds customer ids), the query string, headers, the client's address or a body.
 * Fastify's own logger stays off (its request lines carry the URL).
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  // preHandler calls the route handler synchronously from `done`: everything Nest does for
  // the request (guards, pipes, the handler, the exception filter) runs inside this context.
  fastify.addHook('preHandler', (request, _reply, done) => {
    runInRequest(requestContext(request), done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    if (logger.isLevelEnabled(level)) logger[level](requestLine(request, reply), REQUEST_COMPLETED);
    done();
  });
}

export const REQUEST_COMPLETED = 'request completed';

/** The fields of a request's log line; also for requests the router rejects before any hook runs. */
export function requestLine(
  request: FastifyRequest,
  reply: FastifyReply,
): RequestLogContext & { status: number; durationMs: number } {
  return {
    ...requestContext(request),
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
  };
}

function requestContext(request: FastifyRequest): RequestLogContext {
  return { reqId: String(request.id), method: request.method, route: request.routeOptions?.url ?? null };
}
