import type { OpenAPIObject, OperationObject, ParameterObject, ResponseObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-types.js';
import { problemExample } from './api-problem.decorator.js';
import { ProblemResponse } from './problem.response.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/**
 * Problems that Fastify raises before a route runs depend only on the route's shape, so
 * they are documented here, once, from that shape rather than by a decorator per route:
 * - an operation with a request body: 400 for one that is not JSON, 413 over the 1 MiB body
 *   limit, 415 for any other media type (a body sent where none is documented may get these
 *   too, but it is outside the contract, so they are not promised there);
 * - a route with a path parameter: 414 for one over the router's 1024-character limit
 *   (shorter bad ids reach the route and are a 400);
 * - every route that needs a token: 429 over the caller's rate limit (the onRequest hook in common/rate-limit, which
 *   spares only `/health`, the one public route).
 * A status the route documents itself is left as it is.
 */
export function addFrameworkProblems(document: OpenAPIObject): void {
  for (const operation of operations(document)) {
    const parameters = (operation.parameters ?? []) as ParameterObject[];
    if (operation.requestBody) {
      addProblem(operation, 400, 'The body is not valid JSON, or a value in it is invalid.');
      addProblem(operation, 413, 'The body is larger than 1 MiB.');
      addProblem(operation, 415, 'The body is not `application/json`.');
    }
    if (parameters.some((parameter) => parameter.in === 'path')) {
      addProblem(operation, 414, 'A path parameter is longer than 1024 characters.');
    }
    if (operation.security?.length) {
      addProblem(
        operation,
        429,
        'Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds.',
      );
    }
  }
}

/** Problem examples show the request path (`instance`) of their own operation, with example ids. */
export function fillProblemInstances(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const instance = examplePath(path, (operation.parameters ?? []) as ParameterObject[]);
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        const media = response.content?.[PROBLEM_CONTENT_TYPE];
        if (!media?.example) continue;
        // Responses declared on a controller are one object shared by its operations.
        const { requestId, ...rest } = media.example as Record<string, unknown>;
        const example = { ...rest, instance, requestId };
        operation.responses[status] = {
          ...response,
          content: { ...response.content, [PROBLEM_CONTENT_TYPE]: { ...media, example } },
        };
      }
    }
  }
}

function* operations(document: OpenAPIObject): Generator<OperationObject> {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) yield operation;
    }
  }
}

function addProblem(operation: OperationObject, status: number, description: string): void {
  if (operation.responses[status]) return;
  operation.responses[status] = {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: `#/components/schemas/${ProblemResponse.name}` },
        example: problemExample(status),
      },
    },
  };
}

function examplePath(path: string, parameters: ParameterObject[]): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const example: unknown = (parameter?.schema as { example?: unknown } | undefined)?.example;
    if (typeof example !== 'string') throw new Error(`path parameter ${name} of ${path} needs an example`);
    return encodeURIComponent(example);
  });
}
