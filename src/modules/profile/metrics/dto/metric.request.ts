import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { TextField } from '../../../../common/validation/fields.js';
import { MAX_METRIC_VALUES } from '../metric-values.js';

export class PutMetricRequest {
  @TextField({ maxLength: 2000, example: 'Purchases in the last 30 days.' })
  description: string;
}

export class PutCustomerMetricsRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    minProperties: 1,
    maxProperties: MAX_METRIC_VALUES,
    description: 'Metric name → finite number. Every metric must be defined (`PUT /metrics/{name}`).',
    example: { purchase_frequency_30d: 3, engagement_score: 0.82 },
  })
  @IsObject()
  values: Record<string, number>;
}
