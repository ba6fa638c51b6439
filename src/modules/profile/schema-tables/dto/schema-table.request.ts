import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, ValidateNested } from 'class-validator';
import { EnumField } from '../../../../common/validation/fields.js';
import { FIELD_TYPES, type FieldType } from '../../schema-table.entity.js';
import { FIELD_NAME_PATTERN, FIELD_NAME_RULE } from '../../shared/names.js';
import { MAX_FIELDS } from '../schema-fields.js';

export class SchemaFieldRequest {
  @ApiProperty({ example: 'tier', pattern: FIELD_NAME_PATTERN.source, description: FIELD_NAME_RULE })
  @IsString()
  @Matches(FIELD_NAME_PATTERN, { message: `$property must be ${FIELD_NAME_RULE}` })
  name: string;

  @EnumField(FIELD_TYPES, {
    example: 'string',
    enumName: 'SchemaFieldType',
    description: '`timestamp` values are ISO 8601 date-times with an offset, stored as UTC with milliseconds.',
  })
  type: FieldType;
}

export class PutSchemaTableRequest {
  @ApiProperty({
    type: [SchemaFieldRequest],
    minItems: 1,
    maxItems: MAX_FIELDS,
    description: 'The table’s fields; names are unique (case-sensitive).',
    example: [
      { name: 'email', type: 'string' },
      { name: 'tier', type: 'string' },
      { name: 'lifetime_value', type: 'number' },
      { name: 'tenure_months', type: 'number' },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => SchemaFieldRequest)
  fields: SchemaFieldRequest[];
}
