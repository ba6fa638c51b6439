import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../../../common/errors/validation-failed.exception.js';
import { TABLE_NAME_PATTERN, TABLE_NAME_RULE } from '../shared/names.js';

/** Validates a schema table name in the path: `@Param('name', TableNameParamPipe)`. */
@Injectable()
export class TableNameParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (typeof value !== 'string' || !TABLE_NAME_PATTERN.test(value)) {
      const field = metadata.data ?? 'name';
      throw new ValidationFailedException([{ field, message: `${field} must be ${TABLE_NAME_RULE}` }]);
    }
    return value;
  }
}
