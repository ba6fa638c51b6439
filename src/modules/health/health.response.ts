import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';

  @ApiProperty({
    description: 'The checks that are up.',
    example: { database: { status: 'up' }, migrations: { status: 'up' } },
    type: 'object',
    additionalProperties: true,
  })
  info: Record<string, unknown>;

  @ApiProperty({
    description: 'The checks that are down: empty when `status` is `ok`.',
    example: {},
    type: 'object',
    additionalProperties: true,
  })
  error: Record<string, unknown>;

  @ApiProperty({
    description: 'Each check and its state.',
    example: { database: { status: 'up' }, migrations: { status: 'up' } },
    type: 'object',
    additionalProperties: true,
  })
  details: Record<string, unknown>;
}
