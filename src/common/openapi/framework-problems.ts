import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-types.js';
import { ProblemResponse } from './problem.response.js';

type Operation = { responses?: Record<string, unknown> };

const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Fastify answers some requests before any route runs, so no controller decorator documents
 * them: it parses a body on every POST, PUT, PATCH and DELETE (not JSON: 400, over the body
 * limit: 413, another content type: 415) and refuses a path parameter longer than 1024
 * characters (414). Each is added to the operations it can happen to, unless already there.
 */
export function documentFrameworkProblems(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      if (typeof operation !== 'object' || operation === null || operation.responses === undefined) continue;
      if (BODY_METHODS.has(method)) {
        add(operation, 400, 'The body is not valid JSON, or a value in it is invalid.');
        add(operation, 413, 'The body is larger than this endpoint accepts.');
        add(operation, 415, 'The body is not `application/json`.');
      }
      if (path.includes('{')) add(operation, 414, 'A path parameter is longer than 1024 characters.');
    }
  }
}

function add(operation: Operation, status: number, description: string): void {
  const responses = operation.responses!;
  if (responses[String(status)] !== undefined) return;
  responses[String(status)] = {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
  };
}
