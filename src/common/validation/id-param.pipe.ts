import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';
import { ID_PATTERN, ID_RULE } from './fields.js';

/** Validates a client-chosen id in the path: `@Param('id', IdParamPipe)`. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      const field = metadata.data ?? 'id';
      throw new ValidationFailedException([{ field, message: `${field} must be ${ID_RULE}` }]);
    }
    return value;
  }
}
