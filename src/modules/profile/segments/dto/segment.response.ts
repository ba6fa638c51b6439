import { ApiProperty } from '@nestjs/swagger';
import { PageInfo, Timestamps } from '../../../../common/http/page.response.js';
import type { SegmentRule } from '../segment-rule.js';
import { SEGMENT_RULE_DESCRIPTION, SEGMENT_RULE_EXAMPLE } from './segment-rule.schema.js';

export class SegmentResponse extends Timestamps {
  @ApiProperty({ example: 'high_value' })
  id: string;

  @ApiProperty({ example: 'High value' })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: SEGMENT_RULE_DESCRIPTION,
    example: SEGMENT_RULE_EXAMPLE,
  })
  rule: SegmentRule;
}

export class SegmentListResponse extends PageInfo {
  @ApiProperty({ type: [SegmentResponse], description: 'Ordered by id.' })
  data: SegmentResponse[];
}
