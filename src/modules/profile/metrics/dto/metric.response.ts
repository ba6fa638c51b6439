import { ApiProperty } from '@nestjs/swagger';
import { PageInfo, Timestamps } from '../../../../common/http/page.response.js';

export class MetricResponse extends Timestamps {
  @ApiProperty({ example: 'purchase_frequency_30d' })
  name: string;

  @ApiProperty({ example: 'Purchases in the last 30 days.' })
  description: string;
}

export class MetricListResponse extends PageInfo {
  @ApiProperty({ type: [MetricResponse], description: 'Ordered by name.' })
  data: MetricResponse[];
}

export class CustomerMetricsResponse {
  @ApiProperty({ example: 'cust_001' })
  customerId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Every metric value the customer has, by metric name; empty when none.',
    example: { engagement_score: 0.82, purchase_frequency_30d: 3 },
  })
  values: Record<string, number>;
}
