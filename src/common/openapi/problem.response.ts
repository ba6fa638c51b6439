import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'limit', description: 'Dotted path of the offending field.' })
  field: string;

  @ApiProperty({ example: 'limit must not be greater than 100' })
  message: string;
}

/** RFC 9457 problem details: the body of every error response (`application/problem+json`). */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:customer-data-api:problem:validation' })
  type: string;

  @ApiProperty({ example: 'Invalid request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'limit: limit must not be greater than 100' })
  detail: string;

  @ApiPropertyOptional({ example: '/api/v1/interaction-history' })
  instance?: string;

  @ApiPropertyOptional({ example: 'req-1', description: 'Quote it when reporting a problem.' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'Present for validation failures.' })
  errors?: FieldErrorResponse[];
}
