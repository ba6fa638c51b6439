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
}
