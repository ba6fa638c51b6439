import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_COMPLETED, requestLine } from '../logging/request-logging.js';
import { databaseErrorKind } from './database-errors.js';
import { DomainError, type FieldError } from './domain-error.js';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPES,
  type ProblemDetails,
  type ProblemKind,
  problemTypeForStatus,
} from './problem-types.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/**
 * Every error leaves as RFC 9457 problem+json. Clients see a kind, a human sentence
 * and, for validation, the fields at fault: never a stack, SQL or an internal name.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const problem = toProblem(exception, request);
    if (problem.status >= 500) {
      // The request id, method and route come with the line, and `err` is logged by type,
      // code and frames only (common/logging): its message may echo the request's values.
      // A deliberate 5xx (health says 503) and an unavailable database (down, restarting, pool
      // exhausted: one line per request for as long as it lasts) are news, not bugs: no stack.
      if (exception instanceof HttpException || problem.status === 503) {
        this.logger.warn({
          msg: 'Answered with a server error',
          status: problem.status,
          errorType: errorName(exception),
        });
      } else {
        this.logger.error({ msg: 'Request failed', status: problem.status, err: exception });
      }
    }
    const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
    if (problem.status === 503) headers['retry-after'] = '1';
    if (exception instanceof HttpException) {
      const retryAfter = (exception.getResponse() as { retryAfter?: unknown })?.retryAfter;
      if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
    }
    const adapter = this.adapterHost.httpAdapter;
    for (const [name, value] of Object.entries(headers)) adapter.setHeader(reply, name, value);
    adapter.reply(reply, problem, problem.status);
  }
}

/** The problem a client sees for any exception. */
export function toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
  const base = { instance: request.url.split('?')[0], requestId: String(request.id) };

  if (exception instanceof ValidationFailedException) {
    return { ...build('invalid_input', exception.message, exception.errors), ...base };
  }
  if (exception instanceof DomainError) {
    return { ...build(exception.code, exception.message, exception.errors), ...base };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const type = problemTypeForStatus(status);
    // Nest hands Fastify's body-limit error over as an HttpException(413).
    const detail =
      status === 413
        ? bodyTooLargeDetail(request)
        : isUnknownRoute(exception)
          ? 'No operation matches this method and path (see /api/docs).'
          : httpDetail(exception, type.title);
    return { ...type, detail, ...base };
  }
  const fastifyStatus = fastifyClientErrorStatus(exception);
  if (fastifyStatus !== undefined) {
    const type = problemTypeForStatus(fastifyStatus);
    return { ...type, detail: fastifyDetail(exception as Error & { code: string }, request), ...base };
  }
  const sqlKind = databaseErrorKind(exception);
  if (sqlKind !== undefined) {
    return { ...build(sqlKind, databaseDetail(sqlKind, exception)), ...base };
  }
  return { ...build('internal', 'An unexpected error occurred. Quote the request id when reporting it.'), ...base };
}

function build(kind: ProblemKind, detail: string, errors?: FieldError[]): ProblemDetails {
  const type = PROBLEM_TYPES[kind];
  return errors && errors.length > 0 ? { ...type, detail, errors } : { ...type, detail };
}

/** Nest's answer for an unmatched route, `Cannot GET /url`: it would echo the URL, which may hold a customer id. */
function isUnknownRoute(exception: HttpException): boolean {
  const response = exception.getResponse() as { message?: unknown };
  return (
    exception.getStatus() === 404 && typeof response.message === 'string' && /^Cannot [A-Z]+ \//.test(response.message)
  );
}

function httpDetail(exception: HttpException, fallback: string): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return fallback;
}

/**
 * Fastify's own messages for client errors are written for clients, except those that
 * echo the URL back (it may hold a customer id): those get a fixed sentence.
 */
function fastifyDetail(error: Error & { code: string }, request: FastifyRequest): string {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return 'The URL is malformed.';
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return 'A path parameter is too long.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLargeDetail(request);
    default:
      return error.message;
  }
}

/** The route's own limit (BODY_LIMIT_BYTES, or the ingest routes' larger one). */
function bodyTooLargeDetail(request: FastifyRequest): string {
  const limit = request.routeOptions?.bodyLimit;
  return typeof limit === 'number'
    ? `The request body is larger than the ${limit} bytes this endpoint accepts.`
    : 'The request body is too large.';
}

/**
 * Fastify's router rejects some requests before any route (and so before Nest's exception
 * layer and every hook) runs: bad URLs, over-long path parameters. Same problem+json for
 * them, with the headers the hooks would have set (`securityHeaders`: apiSecurityHeaders).
 */
export function problemFrameworkErrors(
  securityHeaders: Record<string, string>,
): (error: Error, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const problem = toProblem(error, request);
    void reply
      .status(problem.status)
      .headers(securityHeaders)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('x-request-id', String(request.id))
      .send(problem);
    // No hook runs for these requests, so their log line is written here.
    routerLogger.log({ msg: REQUEST_COMPLETED, ...requestLine(request, reply) });
  };
}

const routerLogger = new Logger('Router');

function fastifyClientErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { code, statusCode } = exception as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number') {
    return statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
  }
  return undefined;
}

/** What a client is told for each kind a database error maps to (database-errors.ts). */
const DATABASE_DETAILS: Partial<Record<ProblemKind, string>> = {
  conflict: 'The request conflicts with data that already exists.',
  unprocessable: 'The request refers to something that does not exist.',
  invalid_input: 'A value in the request is out of range or malformed.',
  unavailable: 'The database is unavailable or busy; retry shortly.',
};

/** SQLSTATE 57014: cancelled, almost always by statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS). */
const QUERY_CANCELED = '57014';

function databaseDetail(kind: ProblemKind, exception: unknown): string {
  if (sqlState(exception) === QUERY_CANCELED) {
    return 'The database did not answer within the time allowed for one query; retry shortly.';
  }
  return DATABASE_DETAILS[kind] ?? 'The request could not be completed.';
}

/** The error's class name, never its message (which may echo the request's values). */
function errorName(exception: unknown): string {
  const { name } = (exception ?? {}) as { name?: unknown };
  return typeof name === 'string' ? name : 'Error';
}

function sqlState(exception: unknown): unknown {
  const driverError = (exception as { driverError?: unknown }).driverError ?? exception;
  return (driverError as { code?: unknown }).code;
}
