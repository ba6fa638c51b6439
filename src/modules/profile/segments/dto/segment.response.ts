import { ApiProperty } from '@nestjs/swagger';
import { PageInfo, Timestamps } from '../../../../common/http/page.response.js';
import type { SegmentRule } from '../segment-rule.js';
import { componentSchemaRef } from '../../../../common/openapi/component-schemas.js';
import { SEGMENT_RULE_SCHEMA } from './segment-rule.schema.js';

export class SegmentResponse extends Timestamps {
  @ApiProperty({ example: 'high_value' })
  id: string;

  @ApiProperty({ example: 'High value' })
  name: string;

  @ApiProperty({ allOf: [componentSchemaRef(SEGMENT_RULE_SCHEMA)], description: 'The rule, as saved.' })
  rule: SegmentRule;
}

export class SegmentListResponse extends PageInfo {
  @ApiProperty({ type: [SegmentResponse], description: 'Ordered by id.' })
  data: SegmentResponse[];
}
