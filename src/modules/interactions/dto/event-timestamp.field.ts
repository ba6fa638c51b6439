import { ApiProperty } from '@nestjs/swagger';

const RULE =
  'an ISO 8601 / RFC 3339 date-time with an offset (e.g. `2026-03-15T10:30:00.000Z`), ' +
  'not before 2000-01-01T00:00:00Z and at most 24 hours in the future';

/**
 * Optional event time. The schema checks the syntax (format date-time); the calendar and
 * the range are checked when the batch is shaped (toEventRow), naming the item.
 */
export function EventTimestampField(): PropertyDecorator {
  return ApiProperty({
    type: String,
    format: 'date-time',
    required: false,
    example: '2026-03-15T10:30:00.000Z',
    description: `When the event happened: ${RULE}. Defaults to the time of the request. Stored with millisecond precision.`,
  });
}
