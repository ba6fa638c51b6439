import { ApiProperty } from '@nestjs/swagger';
import { PageInfo, Timestamps } from '../../../../common/http/page.response.js';
import { ApiTimestamp } from '../../../../common/openapi/api-timestamp.decorator.js';

export class ExperimentResponse extends Timestamps {
  @ApiProperty({ example: 'exp_hero_2026' })
  id: string;

  @ApiProperty({ example: 'Homepage hero test' })
  name: string;

  @ApiProperty({ type: [String], example: ['control', 'treatment'] })
  variants: string[];
}

export class ExperimentListResponse extends PageInfo {
  @ApiProperty({ type: [ExperimentResponse], description: 'Ordered by id.' })
  data: ExperimentResponse[];
}

export class ExperimentAssignmentResponse {
  @ApiProperty({ example: 'exp_hero_2026' })
  experimentId: string;

  @ApiProperty({ example: 'cust_001' })
  customerId: string;

  @ApiProperty({ example: 'treatment' })
  variant: string;

  @ApiTimestamp({
    description: 'When the customer got this variant; unchanged when the same variant is assigned again.',
  })
  assignedAt: string;
}
