import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { TextField } from '../../../../common/validation/fields.js';
import { componentSchemaRef } from '../../../../common/openapi/component-schemas.js';
import { SEGMENT_RULE_SCHEMA } from './segment-rule.schema.js';

export class PutSegmentRequest {
  @TextField({ maxLength: 200, example: 'High value' })
  name: string;

  // Checked by parseSegmentRule when the segment is saved (400 naming each bad node).
  @ApiProperty({ allOf: [componentSchemaRef(SEGMENT_RULE_SCHEMA)], description: 'The rule.' })
  @IsObject()
  rule: Record<string, unknown>;
}
