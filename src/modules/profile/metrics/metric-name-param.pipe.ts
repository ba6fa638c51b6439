import { patternParamPipe } from '../../../common/validation/id-param.pipe.js';
import { METRIC_NAME_PATTERN, METRIC_NAME_RULE } from '../shared/names.js';

/** Validates a metric name in the path: `@Param('name', MetricNameParamPipe)`. */
export const MetricNameParamPipe = patternParamPipe(METRIC_NAME_PATTERN, METRIC_NAME_RULE, 'name');
