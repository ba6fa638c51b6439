import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type FieldError } from './domain-error.js';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPES,
  type ProblemDetails,
  type ProblemKind,
  problemTypeForStatus,
} from './problem-types.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/** PostgreSQL SQLSTATEs a client can cause, and what each means to that client. */
const SQLSTATE_KINDS: Record<string, ProblemKind> = {
  '23505': 'conflict', // unique_violation
  '23503': 'unprocessable', // foreign_key_violation
  '23514': 'invalid_input', // check_violation
  '22001': 'invalid_input', // string_data_right_truncation
  '22003': 'invalid_input', // numeric_value_out_of_range
  '22007': 'invalid_input', // invalid_datetime_format
  '22008': 'invalid_input', // datetime_field_overflow
  '22P02': 'invalid_input', // invalid_text_representation
  '22P05': 'invalid_input', // untranslatable_character
  '40001': 'unavailable', // serialization_failure: safe to retry
  '40P01': 'unavailable', // deadlock_detected: safe to retry
  '53300': 'unavailable', // too_many_connections
  '57014': 'unavailable', // query_canceled (statement timeout)
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now
};

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

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
      const where = `${request.method} ${request.routeOptions?.url ?? '(no route)'}`;
      // A deliberate 5xx (health says 503) is news, not a bug: no stack for it.
      if (exception instanceof HttpException) this.logger.warn(`${where}: ${describe(exception)}`);
      else this.logger.error(`${where} failed: ${describe(exception)}`, (exception as Error)?.stack);
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
    const detail = status === 413 ? bodyTooLargeDetail(request) : httpDetail(exception, type.title);
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
 * Fastify's router rejects some requests before any route (and so before Nest's
 * exception layer) runs: bad URLs, over-long path parameters. Same problem+json for them.
 */
export function frameworkErrorHandler(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error, request);
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

function fastifyClientErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { code, statusCode } = exception as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number') {
    return statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
  }
  return undefined;
}

function databaseErrorKind(exception: unknown): ProblemKind | undefined {
  if (!(exception instanceof Error)) return undefined;
  const driverError = (exception as { driverError?: unknown }).driverError ?? exception;
  const code = (driverError as { code?: unknown }).code;
  if (typeof code !== 'string') {
    return /timeout exceeded when trying to connect|Connection terminated/i.test(exception.message)
      ? 'unavailable'
      : undefined;
  }
  if (NETWORK_CODES.has(code) || code.startsWith('08')) return 'unavailable';
  return SQLSTATE_KINDS[code];
}

/** What a client is told for each kind a database error maps to (see SQLSTATE_KINDS). */
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

function sqlState(exception: unknown): unknown {
  const driverError = (exception as { driverError?: unknown }).driverError ?? exception;
  return (driverError as { code?: unknown }).code;
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
