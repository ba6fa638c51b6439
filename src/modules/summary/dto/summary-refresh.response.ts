import { ApiProperty } from '@nestjs/swagger';

export class SummaryRefreshResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 18_342,
    description: 'Interactions written since the previous refresh, now merged into the summary tables.',
  })
  rowsProcessed: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 412,
    description: 'How long the refresh took, in milliseconds, from `startedAt` to `finishedAt`.',
  })
  durationMs: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 10_018_342,
    description:
      'The new watermark: the summary tables now hold every interaction up to this position in write order. ' +
      'Interactions written later are counted from the raw history until the next refresh.',
  })
  watermark: number;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-15T10:00:00.123Z',
    description:
      'When the watermark was taken: every interaction whose write had returned by then is in the summary ' +
      'tables. Summaries report it as `refreshedAt`.',
  })
  refreshedAt: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-15T10:00:00.101Z',
    description:
      'When this refresh obtained exclusive use of the summary tables (after waiting for any other refresh, on ' +
      'any instance, to finish).',
  })
  startedAt: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-15T10:00:00.513Z',
    description: 'When it had written everything, just before committing.',
  })
  finishedAt: string;
}
