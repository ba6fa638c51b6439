import { PageInfo } from '../../../common/http/page.response.js';
import { ApiProperty } from '@nestjs/swagger';
import { ApiTimestamp } from '../../../common/openapi/api-timestamp.decorator.js';

const COUNT = { type: 'integer', minimum: 0 } as const;

export class ErasureCountsResponse {
  @ApiProperty({ ...COUNT, example: 142, description: 'Interaction history rows.' })
  interactionHistory: number;

  @ApiProperty({
    ...COUNT,
    example: 23,
    description: 'Interaction summary rows (one per offer the customer interacted with).',
  })
  interactionSummary: number;

  @ApiProperty({ ...COUNT, example: 5 })
  experimentAssignments: number;

  @ApiProperty({ ...COUNT, example: 67, description: 'Impression records.' })
  impressions: number;

  @ApiProperty({ ...COUNT, example: 2, description: 'Schema-table records (one per table).' })
  attributes: number;

  @ApiProperty({ ...COUNT, example: 4 })
  metricValues: number;
}

export class EraseCustomerResponse {
  @ApiProperty({ example: true })
  success: boolean;

  @ApiProperty({
    type: ErasureCountsResponse,
    description: 'Rows removed, per kind of data; all 0 when there were none.',
  })
  deleted: ErasureCountsResponse;
}

export class ErasureReceiptResponse {
  @ApiProperty({ format: 'uuid', example: '0f9a7c1e-3b2d-4c8e-9a61-5d7e2f4b8c10' })
  id: string;

  @ApiProperty({
    example: '9b74c9897bac770ffc029102a200c5de3f2b3c8e1b5a6d7c0e9f8a7b6c5d4e3f',
    pattern: '^[0-9a-f]{64}$',
    description: 'HMAC-SHA256 of the customer id with a per-database key (64 hex characters); the id is not kept.',
  })
  customerHash: string;

  @ApiProperty({ type: ErasureCountsResponse })
  counts: ErasureCountsResponse;

  @ApiProperty({ description: 'Whether the erasure also suppressed the customer.' })
  suppressed: boolean;

  @ApiProperty({ example: 'admin@example.com', description: 'Subject (`sub`) of the token that asked.' })
  requestedBy: string;

  @ApiTimestamp({ description: 'When the erasure was done.' })
  requestedAt: string;
}

export class ErasureReceiptListResponse extends PageInfo {
  @ApiProperty({ type: [ErasureReceiptResponse] })
  data: ErasureReceiptResponse[];
}
