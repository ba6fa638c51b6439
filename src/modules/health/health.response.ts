import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';

  @ApiProperty({
    description: 'Each check and its state.',
    example: { database: { status: 'up' }, migrations: { status: 'up' } },
    type: 'object',
    additionalProperties: true,
  })
  details: Record<string, unknown>;

  @ApiProperty({
    description: 'The checks that are up (terminus’s `info`).',
    example: { database: { status: 'up' }, migrations: { status: 'up' } },
    type: 'object',
    additionalProperties: true,
  })
  info: Record<string, unknown>;

  @ApiProperty({
    description: 'The checks that are down: empty when the status is ok (terminus’s `error`).',
    example: {},
    type: 'object',
    additionalProperties: true,
  })
  error: Record<string, unknown>;
}
