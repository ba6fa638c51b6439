import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../../../common/errors/validation-failed.exception.js';
import { METRIC_NAME_PATTERN, METRIC_NAME_RULE } from '../shared/names.js';

/** Validates a metric name in the path: `@Param('name', MetricNameParamPipe)`. */
@Injectable()
export class MetricNameParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (typeof value !== 'string' || !METRIC_NAME_PATTERN.test(value)) {
      const field = metadata.data ?? 'name';
      throw new ValidationFailedException([{ field, message: `${field} must be ${METRIC_NAME_RULE}` }]);
    }
    return value;
  }
}
