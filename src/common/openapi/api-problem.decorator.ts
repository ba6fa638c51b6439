import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { FieldError } from '../errors/domain-error.js';
import { PROBLEM_CONTENT_TYPE, problemTypeForStatus } from '../errors/problem-types.js';
import { ID_RULE } from '../validation/fields.js';
import { ProblemResponse } from './problem.response.js';

/** What a problem example says beyond its status; `type` and `title` follow from the status. */
export interface ProblemExample {
  detail: string;
  errors?: FieldError[];
}

/** The request id every problem example carries (real ones are UUIDs, or the caller's own `x-request-id`). */
export const EXAMPLE_REQUEST_ID = '8fe6b8d6-e7ee-44ba-b572-9a95683a378d';

/**
 * Details of the problems the framework itself produces, word for word (400: a body that
 * is not JSON). The problems routes produce (404, 409, 422) have no default: each route
 * says what its own are, and so do routes whose 400 is about their parameters.
 */
const FRAMEWORK_DETAILS: Record<number, string> = {
  400: "Body is not valid JSON but content-type is set to 'application/json'",
  401: 'A bearer token is required (Authorization: Bearer <JWT>).',
  413: 'Request body is too large',
  414: 'A path parameter is too long.',
  415: 'Unsupported Media Type',
  429: 'Too many requests: at most 6000 per minute per caller. Retry in 42 s.',
  503: 'The database is unavailable or busy; retry shortly.',
};

/**
 * The example body of a problem response, with its keys in the order the server writes
 * them. `instance` is the operation's own path: `buildOpenApiDocument` fills it in.
 */
export function problemExample(status: number, example?: ProblemExample): Record<string, unknown> {
  const detail = example?.detail ?? FRAMEWORK_DETAILS[status];
  if (detail === undefined) throw new Error(`ApiProblem(${status}) needs an example: no default detail for it`);
  const { type, title } = problemTypeForStatus(status);
  return {
    status,
    type,
    title,
    detail,
    ...(example?.errors ? { errors: example.errors } : {}),
    requestId: EXAMPLE_REQUEST_ID,
  };
}

/**
 * Documents an error response as `application/problem+json` with the shared schema and
 * an example of it. Statuses the framework produces (400 for a body, 401, 413, 414, 415,
 * 429, 503) have a default example; the others need one.
 */
export function ApiProblem(status: number, description: string, example?: ProblemExample) {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ApiResponse({
      status,
      description,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: getSchemaPath(ProblemResponse) },
          example: problemExample(status, example),
        },
      },
    }),
  );
}

/** 400 for a bad client-chosen id in the path, word for word as the server says it. */
export function invalidIdExample(field = 'id'): ProblemExample {
  const message = `${field} must be ${ID_RULE}`;
  return { detail: `${field}: ${message}`, errors: [{ field, message }] };
}

/** 400 for a bad page size; list routes share it. */
export const INVALID_LIMIT_EXAMPLE: ProblemExample = {
  detail: 'limit: limit must not be greater than 1000',
  errors: [{ field: 'limit', message: 'limit must not be greater than 1000' }],
};

/**
 * 503 on every route that reads or writes the database: it is unreachable, over its
 * connection limit, or a statement was cancelled. Safe to retry after `Retry-After`.
 */
export function ApiUnavailableProblem() {
  return ApiProblem(503, 'The database is unavailable or busy; retry after the `Retry-After` header’s seconds.');
}
