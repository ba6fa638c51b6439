import { Injectable, mixin, type PipeTransform, type Type } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';
import { ID_PATTERN, ID_RULE } from './fields.js';

/**
 * A pipe that lets a path parameter through only when it matches `pattern`, else a 400 naming
 * it (`@Param('name', pipe)`): ids, and the modules' own names (metrics, schema tables).
 */
export function patternParamPipe(pattern: RegExp, rule: string, fallbackField: string): Type<PipeTransform> {
  @Injectable()
  class PatternParamPipe implements PipeTransform<string, string> {
    transform(value: string, metadata: { data?: string }): string {
      if (typeof value !== 'string' || !pattern.test(value)) {
        const field = metadata.data ?? fallbackField;
        throw new ValidationFailedException([{ field, message: `${field} must be ${rule}` }]);
      }
      return value;
    }
  }
  return mixin(PatternParamPipe);
}

/** Validates a client-chosen id in the path: `@Param('id', IdParamPipe)`. */
export const IdParamPipe = patternParamPipe(ID_PATTERN, ID_RULE, 'id');
