import { applyDecorators, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblem } from '../openapi/api-problem.decorator.js';

/** What every upsert's operation description can say about it. */
export const UPSERT_DESCRIPTION =
  'The id is the client’s own: 201 when it is new, 200 when this replaced it. Repeating the call leaves the same state.';

/** PUT is an idempotent upsert: 201 when it created the resource, 200 when it replaced it. */
export function ApiUpsert(type: Type<unknown>) {
  return applyDecorators(
    ApiOkResponse({ type, description: 'Replaced.' }),
    ApiCreatedResponse({ type, description: 'Created.' }),
    ApiProblem(400, 'Invalid id or body; `errors` names each bad field.'),
  );
}

export function upsertStatus(reply: FastifyReply, created: boolean): void {
  void reply.status(created ? 201 : 200);
}
