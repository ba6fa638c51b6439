import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-types.js';
import { ProblemResponse } from './problem.response.js';

/** Documents an error response as `application/problem+json` with the shared schema. */
export function ApiProblem(status: number, description: string) {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ApiResponse({
      status,
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
    }),
  );
}
