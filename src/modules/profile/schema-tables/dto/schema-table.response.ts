import { ApiProperty, type SchemaObject } from '@nestjs/swagger';
import type { RecordValue } from '../../schema-record.entity.js';
import { FIELD_TYPES, type FieldType } from '../../schema-table.entity.js';
import { PageInfo, Timestamps } from '../../../../common/http/page.response.js';

export class SchemaFieldResponse {
  @ApiProperty({ example: 'tier' })
  name: string;

  @ApiProperty({ enum: FIELD_TYPES, enumName: 'SchemaFieldType', example: 'string' })
  type: FieldType;
}

export class SchemaTableResponse extends Timestamps {
  @ApiProperty({ example: 'customers' })
  name: string;

  @ApiProperty({ type: [SchemaFieldResponse] })
  fields: SchemaFieldResponse[];
}

export class SchemaTableListResponse extends PageInfo {
  @ApiProperty({ type: [SchemaTableResponse], description: 'Oldest table first, then by name.' })
  data: SchemaTableResponse[];
}

/**
 * One value of a record: the declared field's type, or null ("unknown"). OpenAPI 3.0 allows
 * `nullable` only beside a `type`, so one branch carries it.
 */
const RECORD_VALUE_SCHEMA: SchemaObject = {
  oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }],
};
const RECORD_EXAMPLE = { email: 'ana@example.com', tier: 'gold', lifetime_value: 12500, tenure_months: 27 };

/** A record's values by field name (the PUT body, and `data` in responses). */
export const RECORD_DATA_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: RECORD_VALUE_SCHEMA,
  example: RECORD_EXAMPLE,
};

export class SchemaRecordResponse extends Timestamps {
  @ApiProperty({ example: 'customers' })
  tableName: string;

  @ApiProperty({ example: 'cust_001' })
  customerId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: RECORD_VALUE_SCHEMA,
    example: RECORD_EXAMPLE,
    description: 'Field values as stored: timestamps as UTC ISO 8601 with milliseconds.',
  })
  data: Record<string, RecordValue>;
}
