import { ApiProperty } from '@nestjs/swagger';

/** How the API writes every timestamp (CONTRACT.md): ISO 8601 UTC with milliseconds. */
export const TIMESTAMP_EXAMPLE = '2026-03-15T10:30:00.000Z';

/**
 * A timestamp property: a string with `format: date-time`, so every generated client types
 * every timestamp alike (openapi-typescript can map them all to `Date`, or all to `string`).
 */
export function ApiTimestamp(options: { description?: string; example?: string } = {}): PropertyDecorator {
  return ApiProperty({ type: String, format: 'date-time', example: TIMESTAMP_EXAMPLE, ...options });
}
