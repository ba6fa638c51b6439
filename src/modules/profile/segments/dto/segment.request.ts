import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { TextField } from '../../../../common/validation/fields.js';
import { SEGMENT_RULE_DESCRIPTION, SEGMENT_RULE_EXAMPLE } from './segment-rule.schema.js';

export class PutSegmentRequest {
  @TextField({ maxLength: 200, example: 'High value' })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: SEGMENT_RULE_DESCRIPTION,
    example: SEGMENT_RULE_EXAMPLE,
  })
  @IsObject()
  rule: Record<string, unknown>;
}
