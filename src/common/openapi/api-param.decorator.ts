import { ApiParam } from '@nestjs/swagger';
import { ID_PATTERN, ID_RULE } from '../validation/fields.js';

/**
 * Documents a client-chosen id in the path (`@Param(name, IdParamPipe)`): the rule the pipe
 * enforces, and an example that problem examples use to show the request's `instance`.
 */
export function ApiIdParam(name: string, example: string, description: string) {
  return ApiParam({
    name,
    description: `${description} ${ID_RULE}.`,
    schema: { type: 'string', pattern: ID_PATTERN.source, minLength: 1, maxLength: 128, example },
  });
}

/** Documents another named path parameter with its own pattern. */
export function ApiNameParam(
  name: string,
  options: { pattern: RegExp; rule: string; example: string; description: string },
) {
  return ApiParam({
    name,
    description: `${options.description} ${options.rule}.`,
    schema: { type: 'string', pattern: options.pattern.source, example: options.example },
  });
}
