import type { SchemaRecord } from '../schema-record.entity.js';
import type { SchemaTable } from '../schema-table.entity.js';
import type { SchemaRecordResponse, SchemaTableResponse } from './dto/schema-table.response.js';

export function toSchemaTableResponse(table: SchemaTable): SchemaTableResponse {
  return {
    name: table.name,
    fields: table.fields.map((field) => ({ name: field.name, type: field.type })),
    createdAt: table.createdAt.toISOString(),
    updatedAt: table.updatedAt.toISOString(),
  };
}

export function toSchemaRecordResponse(record: SchemaRecord): SchemaRecordResponse {
  return {
    tableName: record.tableName,
    customerId: record.customerId,
    data: record.data,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
