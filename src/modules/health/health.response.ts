import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReplicaHealthResponse {
  @ApiProperty({ description: 'Its place in DATABASE_REPLICA_URLS, from 1.', example: 1 })
  replica: number;

  @ApiProperty({ description: 'It answered within 2 s.', example: true })
  reachable: boolean;

  @ApiProperty({
    description:
      'Bytes of WAL written on the primary that the replica has not replayed yet (0: caught up); ' +
      'null when unknown (unreachable, primary not answering, or not a standby).',
    type: 'number',
    nullable: true,
    example: 0,
  })
  replayLagBytes: number | null;

  @ApiProperty({
    description:
      'Seconds: 0 when caught up, otherwise the age of the last transaction it replayed, ' +
      'i.e. how stale the reads it serves can be; null when unknown.',
    type: 'number',
    nullable: true,
    example: 0,
  })
  replayLagSeconds: number | null;
}

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

  @ApiPropertyOptional({
    description:
      'Only with DATABASE_REPLICA_URLS: each read replica, reported but not checked (one down or ' +
      'behind leaves the status ok; the reads routed to it fail or lag).',
    type: [ReplicaHealthResponse],
  })
  replicas?: ReplicaHealthResponse[];
}
