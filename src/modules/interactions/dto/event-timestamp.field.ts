import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { checkEventTimestamp } from '../event-timestamp.js';

const RULE =
  'an ISO 8601 / RFC 3339 date-time with an offset (e.g. `2026-03-15T10:30:00.000Z`), ' +
  'not before 2000-01-01T00:00:00Z and at most 24 hours in the future';

/** Optional event time; validation and the OpenAPI description come from one place. */
export function EventTimestampField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: String,
      format: 'date-time',
      required: false,
      example: '2026-03-15T10:30:00.000Z',
      description: `When the event happened: ${RULE}. Defaults to the time of the request. Stored with millisecond precision.`,
    }),
    IsOptional(),
    ValidateBy({
      name: 'isEventTimestamp',
      validator: {
        validate: (value: unknown) => checkEventTimestamp(value).ok,
        defaultMessage: (args) => {
          const check = checkEventTimestamp(args?.value);
          return check.ok || check.reason === 'format'
            ? `${args?.property} must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z`
            : `${args?.property} must not be before 2000-01-01T00:00:00Z nor more than 24 hours in the future`;
        },
      },
    }),
  );
}
